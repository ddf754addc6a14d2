/** The save status, in words, announced politely to screen readers when it changes. */
import { useTranslation } from 'react-i18next';
import { failText } from '../../../shared/errors';
import { formatClock } from '../../../shared/format/dates';
import { withPrefixOnce } from '../../../shared/saveFailedText';
import { currentLang } from '../i18n';
import { useDocumentSelector } from '../state/useWorkspace';
import { allPendingFields } from '../state/pending';
import { saveDisplay, type SaveDisplay } from '../state/workspaceState';

const sameDisplay = (a: SaveDisplay, b: SaveDisplay) => JSON.stringify(a) === JSON.stringify(b);

export function SaveStatus() {
  const { t } = useTranslation();
  const d = useDocumentSelector((s) => saveDisplay(s), sameDisplay);
  // A field holding an entry that is not valid: say which, since that entry is not in the file.
  const invalid = useDocumentSelector((s) => allPendingFields(s.invalidDrafts));
  const draftAt = useDocumentSelector((s) => s.draftSavedAt);
  const lang = currentLang();
  let text = '';
  let tone = 'neutral';
  switch (d.kind) {
    case 'readOnly':
      text = t('common.save.readOnly');
      break;
    case 'neverSaved':
      text = draftAt === null ? t('common.save.neverSaved') : t('common.save.draftKept', { time: formatClock(new Date(draftAt), lang) });
      tone = 'warn';
      break;
    case 'saving':
      text = t('common.save.saving');
      break;
    case 'conflict':
      text = t('common.save.conflict');
      tone = 'bad';
      break;
    case 'failed': {
      const sentence = failText(d.error, lang);
      text = withPrefixOnce(t('common.save.failed', { message: '' }), sentence);
      tone = 'bad';
      break;
    }
    case 'pending':
      text = t('common.save.pending');
      break;
    case 'saved':
      text = t('common.save.saved', { time: formatClock(new Date(d.at), lang) });
      tone = 'good';
      break;
    case 'none':
      text = '';
      break;
  }
  // "Saved" is true of the file, but an entry on screen is not in it (or its backup failed): not a green light.
  if ((invalid || (d.kind === 'saved' && d.notice)) && tone === 'good') tone = 'warn';
  // A conflict or a failed save outranks it and keeps the pill (the field still shows its own error).
  const showInvalid = Boolean(invalid) && d.kind !== 'readOnly' && d.kind !== 'conflict' && d.kind !== 'failed';
  return (
    <div
      className={`save-status tone-${tone}`}
      role="status"
      aria-live="polite"
      aria-label={t('common.save.statusLabel')}
      data-testid="save-status"
      data-kind={d.kind}
    >
      <span className="save-dot" aria-hidden="true" />
      {/* An entry that is not valid is what the participant must act on: it takes the pill's little room
          alone (two half-shown messages read as "T… Belum…"); the save state stays in the tooltip and
          in what screen readers hear. */}
      {showInvalid ? <span className="visually-hidden">{text}</span> : <span title={text}>{text}</span>}
      {d.kind === 'saved' && d.notice && (
        <span className="save-invalid" data-testid="save-notice">
          {failText(d.notice, lang)}
        </span>
      )}
      {showInvalid && (
        <span className="save-invalid" data-testid="save-invalid" title={`${text} — ${t('common.save.invalidDraft', { fields: invalid })}`}>
          {t('common.save.invalidDraft', { fields: invalid })}
        </span>
      )}
    </div>
  );
}
