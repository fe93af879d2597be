/** Not built yet: replaced by the view's own implementation. */
import { useT } from '../../app/i18n-hooks';

export default function PendingView() {
  const t = useT();
  return <p className="empty-state">{t('view.notReady')}</p>;
}
