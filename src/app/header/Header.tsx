/** The top bar: what the app is, which dataset is open, loading, language, workspace file and reset. */
import { useT } from '../i18n-hooks';
import { DatasetSwitcher } from './DatasetSwitcher';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadControl } from '../load/LoadControl';
import { ResetWorkspace } from './ResetWorkspace';
import { WorkspaceMenu } from './WorkspaceMenu';

export function Header() {
  const t = useT();
  return (
    <header className="header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-controls">
        <DatasetSwitcher />
        <LoadControl />
        <LanguageSwitch />
        <WorkspaceMenu />
        <ResetWorkspace />
      </div>
    </header>
  );
}
