/** The title a slide shows: its own, else the view's name and the technology it is about. */
import { focusTargets } from '../../briefing/footer';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import { useAppStore } from '../../store/store';
import type { Slide } from '../../store/types';
import { useLocale, useT } from '../i18n-hooks';
import { viewById } from '../view-registry';

/** React: the title of a slide in the current language. */
export function useSlideTitle(slide: Slide): string {
  const t = useT();
  const locale = useLocale();
  const dataset = useAppStore((state) => state.datasets[slide.datasetId]?.dataset ?? null);
  return slideTitle(slide, dataset, locale, t);
}

/** The title of a slide, given its dataset (null when not loaded: the view's name alone). */
export function slideTitle(slide: Slide, dataset: Dataset | null, locale: Locale, t: Translate): string {
  if (slide.title.trim()) return slide.title;
  const viewName = t(viewById(slide.view).label);
  const { technology } = focusTargets(slide.view, slide.selection, dataset);
  if (!technology) return viewName;
  const name = localName(dataset?.technologies.find((item) => item.id === technology), locale, technology);
  return locale === 'ja' ? `${viewName}：${name}` : `${viewName}: ${name}`;
}
