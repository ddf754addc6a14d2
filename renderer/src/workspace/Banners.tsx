/** The read-only banner and the notices from opening a file. */
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../state/useWorkspace';

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const reason = ws.state.doc?.readOnlyReason;
  if (!reason) return null;
  return (
    <section className="banner banner-readonly" aria-label={t('common.readOnly.label')} data-testid="readonly-banner">
      <span className="banner-icon" aria-hidden="true">🔒</span>
      <p><strong>{t('common.readOnly.label')}.</strong> {t(`common.readOnly.${reason}`)}</p>
      {reason !== 'FUTURE_VERSION' && (
        <button type="button" className="primary" onClick={() => void ws.editCopy()}>{t('common.actions.editCopy')}</button>
      )}
    </section>
  );
}

export function NoticesBanner() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const notices = ws.state.doc?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="banner banner-info" aria-label={t('common.notices.title')} data-testid="notices">
      <ul>{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
      <button type="button" onClick={ws.dismissNotices}>{t('common.actions.close')}</button>
    </section>
  );
}

export function RefusalBanner() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const errors = ws.state.refusal;
  if (!errors) return null;
  return (
    <p className="banner banner-error" role="alert">{t('common.errors.commandRefused', { message: errors.join('; ') })}</p>
  );
}
