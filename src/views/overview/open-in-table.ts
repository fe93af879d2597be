/** Open a technology × rival in the comparison table (the overview's chips and heatmap cells). */
import { setFocusRival, setTechnology, setView } from '../../store/actions/selection';

/** Focus `technology` and `rival`, then show the comparison table view. */
export function openInTable(technology: string, rival: string): void {
  setTechnology(technology);
  setFocusRival(rival);
  setView('table');
}
