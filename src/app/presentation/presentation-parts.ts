/**
 * What presentation mode loads on demand (src/app/App.tsx, PresentationHost.tsx): the overlay and
 * the presenter window, with the briefing strings they show.
 */
import '../../i18n/register/briefing';

export { PresentationOverlay } from './PresentationOverlay';
export { PresenterWindow } from './PresenterWindow';
