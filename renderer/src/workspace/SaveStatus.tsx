/** The save status, in words, announced politely to screen readers when it changes. */
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { formatClock } from '../../../shared/format/dates';
import { withPrefixOnce } from '../../../shared/saveFailedText';
import { currentLang } from '../i18n';
import { useWorkspace } from '../state/useWorkspace';
import { saveDisplay } from '../state/workspaceState';

export function SaveStatus() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const d = saveDisplay(ws.state);
  const lang = currentLang();
  let text = '';
  let tone = 'neutral';
  switch (d.kind) {
    case 'readOnly': text = t('common.save.readOnly'); break;
    case 'neverSaved': text = t('common.save.neverSaved'); tone = 'warn'; break;
    case 'saving': text = t('common.save.saving'); break;
    case 'conflict': text = t('common.save.conflict'); tone = 'bad'; break;
    case 'failed': {
      const sentence = lang === 'en' ? errorText(d.error.code, d.error.params ?? {}, 'en') : d.error.message;
      text = withPrefixOnce(t('common.save.failed', { message: '' }), sentence);
      tone = 'bad';
      break;
    }
    case 'pending': text = t('common.save.pending'); break;
    case 'saved': text = t('common.save.saved', { time: formatClock(new Date(d.at), lang) }); tone = 'good'; break;
    case 'none': text = ''; break;
  }
  return (
    <div className={`save-status tone-${tone}`} role="status" aria-live="polite" aria-label={t('common.save.statusLabel')} data-testid="save-status" data-kind={d.kind}>
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      {d.kind === 'failed' && <button type="button" className="small" onClick={() => void ws.save()}>{t('common.actions.retry')}</button>}
    </div>
  );
}
