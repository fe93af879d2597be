/** Navigation between views (real links to hash routes, so they can be opened and bookmarked). */
import { useAppStore } from '../store/store';
import { setView } from '../store/actions/selection';
import { useT } from './i18n-hooks';
import { VIEWS } from './view-registry';

export function Navigation() {
  const t = useT();
  const current = useAppStore((state) => state.view);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view.id}>
            <a
              href={`#/${view.id}`}
              aria-current={view.id === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setView(view.id);
              }}
            >
              {t(view.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
