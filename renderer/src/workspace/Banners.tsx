/** The read-only banner and the notices from opening a file. */
import { useTranslation } from 'react-i18next';
import { noticeText, refusalText, type Notice } from '../../../shared/i18n/notices';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';

const NO_NOTICES: Notice[] = [];

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const reason = useDocumentSelector((d) => d.doc?.readOnlyReason ?? null);
  const ask = useDocumentSelector((d) => d.doc?.askOwnership === true);
  if (!reason) return null;
  return (
    <>
      {ask && <OwnershipQuestion />}
      <section className="banner banner-readonly" aria-label={t('common.readOnly.label')} data-testid="readonly-banner">
        <svg className="banner-icon" aria-hidden="true" viewBox="0 0 16 16" width="18" height="18">
          <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
          <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <p>
          <strong>{t('common.readOnly.label')}.</strong> {t(`common.readOnly.${reason}`)}
        </p>
        {reason !== 'FUTURE_VERSION' && (
          <button type="button" className="primary" onClick={() => void store.editCopy()}>
            {t('common.actions.editCopy')}
          </button>
        )}
      </section>
    </>
  );
}

/** Another installation made this file: the participant's own second computer, or someone else's file? Asked once per file. */
function OwnershipQuestion() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  return (
    <section className="banner banner-readonly" role="region" aria-labelledby="ownership-q" data-testid="ownership-question">
      <p>
        <strong id="ownership-q">{t('common.ownership.question')}</strong> {t('common.ownership.explain')}
      </p>
      <button type="button" className="primary" onClick={() => void store.answerOwnership(true)}>
        {t('common.ownership.mine')}
      </button>
      <button type="button" onClick={() => void store.answerOwnership(false)}>
        {t('common.ownership.notMine')}
      </button>
    </section>
  );
}

export function NoticesBanner() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const notices = useDocumentSelector((d) => d.doc?.notices ?? NO_NOTICES);
  if (notices.length === 0) return null;
  return (
    <section className="banner banner-info" aria-label={t('common.notices.title')} data-testid="notices">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{noticeText(n, currentLang())}</li>
        ))}
      </ul>
      <button type="button" onClick={store.dismissNotices}>
        {t('common.actions.close')}
      </button>
    </section>
  );
}

export function RefusalBanner() {
  const { t } = useTranslation();
  const errors = useDocumentSelector((d) => d.refusal);
  if (!errors) return null;
  return (
    <p className="banner banner-error" role="alert">
      {t('common.errors.commandRefused', { message: errors.map((r) => refusalText(r, currentLang())).join('; ') })}
    </p>
  );
}
