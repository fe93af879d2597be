/**
 * One slide in the deck list: a live thumbnail, its title and speaker notes, and buttons to
 * move, present from or delete it. Alt+↑ / Alt+↓ anywhere in the item moves it.
 */
import type { KeyboardEvent } from 'react';
import { ScaledSlide } from '../../app/presentation/ScaledSlide';
import { useSlideTitle } from '../../app/presentation/useSlideTitle';
import { useLocale, useT } from '../../app/i18n-hooks';
import { viewById } from '../../app/view-registry';
import { useAppStore } from '../../store/store';
import { retitleSlide, setSlideNotes } from '../../store/actions/briefing';
import type { Slide } from '../../store/types';

/** Width of a thumbnail as a share of the slide's logical width. */
const THUMBNAIL_SCALE = 0.3;

interface Props {
  slide: Slide;
  index: number;
  total: number;
  onMove: (slide: Slide, delta: number) => void;
  /** Delete, with the title shown (for the undo message). */
  onDelete: (slide: Slide, title: string) => void;
  onPresent: (index: number) => void;
}

export function SlideItem({ slide, index, total, onMove, onDelete, onPresent }: Props) {
  const t = useT();
  const locale = useLocale();
  const title = useSlideTitle(slide);
  const datasetName = useAppStore((state) => state.datasets[slide.datasetId]?.dataset.name ?? slide.datasetId);
  const label = t('briefing.slideLabel', { n: index + 1, title });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(slide, event.key === 'ArrowUp' ? -1 : 1);
  };
  const captured = slide.createdAt
    ? new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(slide.createdAt)
    : '–';
  return (
    <li className="slide-item card" aria-label={label} data-slide-item={slide.id} onKeyDown={onKeyDown}>
      <div className="slide-item-thumb" inert>
        <ScaledSlide slide={slide} number={index + 1} total={total} scale={THUMBNAIL_SCALE} />
      </div>
      <div className="slide-item-fields">
        <p className="slide-item-meta">
          <span className="slide-item-number">{index + 1}</span>
          {t('briefing.captured', { view: t(viewById(slide.view).label), dataset: datasetName, date: captured })}
        </p>
        <label className="slide-item-field">
          <span>{t('briefing.slideTitle')}</span>
          <input type="text" value={slide.title} placeholder={title} onChange={(event) => retitleSlide(slide.id, event.target.value)} />
        </label>
        <label className="slide-item-field">
          <span>{t('briefing.notes')}</span>
          <textarea rows={3} value={slide.notes} onChange={(event) => setSlideNotes(slide.id, event.target.value)} />
        </label>
        <div className="slide-item-actions">
          <button type="button" data-move="up" onClick={() => onMove(slide, -1)} disabled={index === 0} aria-label={`${t('briefing.moveUp')}: ${label}`}>
            ↑ {t('briefing.moveUp')}
          </button>
          <button type="button" data-move="down" onClick={() => onMove(slide, 1)} disabled={index === total - 1} aria-label={`${t('briefing.moveDown')}: ${label}`}>
            ↓ {t('briefing.moveDown')}
          </button>
          <button type="button" onClick={() => onPresent(index)}>
            {t('briefing.presentFrom')}
          </button>
          <button type="button" className="button-quiet slide-item-delete" onClick={() => onDelete(slide, title)} aria-label={`${t('briefing.delete')}: ${label}`}>
            {t('briefing.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
