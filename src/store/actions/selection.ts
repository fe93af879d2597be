/** Actions that change what the user is looking at. */
import type { Locale } from '../../i18n/locale';
import { appStore } from '../store';
import type { ViewId } from '../view-ids';

/** Switch the UI language (remembered). */
export function setLocale(locale: Locale): void {
  appStore.setState({ locale });
}

/** Show a view. */
export function setView(view: ViewId): void {
  appStore.setState({ view });
}

/** Focus a technology (null = first). */
export function setTechnology(technology: string | null): void {
  appStore.setState({ technology, indicator: null });
}

/** Focus an indicator (null = first). */
export function setIndicator(indicator: string | null): void {
  appStore.setState({ indicator });
}

/** Focus a rival (null = first). */
export function setFocusRival(focusRival: string | null): void {
  appStore.setState({ focusRival });
}

/** Choose the partner candidates of the coalition builder. */
export function setPartners(partners: string[]): void {
  appStore.setState({ partners });
}
