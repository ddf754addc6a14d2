/**
 * A refused or failed save, in full, under the top bar. The save status in the top bar has room
 * for a few words only; a refusal such as "Proyek terlalu besar untuk disimpan (…)" says what to
 * shrink, and a participant must be able to read all of it. The status still announces it.
 */
import { useTranslation } from 'react-i18next';
import { failText } from '../../../shared/errors';
import { withPrefixOnce } from '../../../shared/saveFailedText';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import { saveDisplay } from '../state/workspaceState';

export function SaveProblemBanner() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const failure = useDocumentSelector((d) => {
    const s = saveDisplay(d);
    return s.kind === 'failed' ? s.error : null;
  });
  if (!failure) return null;
  return (
    <section className="banner banner-error" aria-label={t('common.save.statusLabel')} data-testid="save-problem">
      <p>{withPrefixOnce(t('common.save.failed', { message: '' }), failText(failure, currentLang()))}</p>
      <button type="button" onClick={() => void store.save()}>
        {t('common.actions.retry')}
      </button>
    </section>
  );
}
