/** Dialogs every screen may raise: a failure, a save conflict, unsaved work about to be thrown away. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failDetails, failText } from '../../../shared/errors';
import { Modal } from '../components/Modal';
import { currentLang } from '../i18n';
import { useWorkspace, type ConflictChoice } from '../state/useWorkspace';

export function ErrorDialog() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const e = ws.error;
  const lang = currentLang();
  const readFailure =
    e &&
    ['EMPTY_FILE', 'NUL_BYTES', 'INVALID_UTF8', 'TRUNCATED', 'NOT_JSON', 'INVALID_PROJECT', 'FUTURE_VERSION_UNREADABLE', 'NOT_RANCANG', 'TOO_LARGE'].includes(
      e.code,
    );
  return (
    <Modal
      open={!!e}
      role="alertdialog"
      title={readFailure ? t('common.errors.openTitle') : t('common.errors.title')}
      onClose={ws.dismissError}
      actions={
        <button type="button" className="primary" onClick={ws.dismissError} autoFocus>
          {t('common.actions.ok')}
        </button>
      }
    >
      {e && (
        <div data-testid="error-dialog" data-code={e.code}>
          <p>{failText(e, lang)}</p>
          {failDetails(e, lang).length > 1 && (
            <details>
              <summary>{t('common.errors.details')}</summary>
              <ul>
                {failDetails(e, lang).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </details>
          )}
          {readFailure && <p className="hint">{t('common.errors.untouched')}</p>}
        </div>
      )}
    </Modal>
  );
}

export function ConflictDialog() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [choice, setChoice] = useState<ConflictChoice>('saveCopy');
  const choices: ConflictChoice[] = ['saveCopy', 'overwrite', 'reload'];
  return (
    <Modal
      open={ws.conflictOpen}
      role="alertdialog"
      title={t('common.conflict.title')}
      onClose={() => void ws.resolveConflict(null)}
      actions={
        <>
          <button type="button" onClick={() => void ws.resolveConflict(null)}>
            {t('common.actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void ws.resolveConflict(choice)}>
            {t('common.actions.ok')}
          </button>
        </>
      }
    >
      <p>{t('common.conflict.body', { file: ws.state.doc?.fileName ?? '' })}</p>
      <fieldset className="choices">
        <legend className="visually-hidden">{t('common.conflict.title')}</legend>
        {choices.map((c) => (
          <label key={c} className="choice">
            <input type="radio" name="conflict" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            <span>{t(`common.conflict.${c}`)}</span>
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}

/** Leaving unsaved work: save it, let it go, or stay. Saving a never-saved project asks where. */
export function DiscardDialog() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const prompt = ws.discardPrompt;
  return (
    <Modal
      open={!!prompt}
      role="alertdialog"
      title={t('common.leave.title')}
      onClose={() => prompt?.resolve('cancel')}
      actions={
        <>
          <button type="button" onClick={() => prompt?.resolve('cancel')}>
            {t('common.actions.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => prompt?.resolve('discard')}>
            {t('common.leave.discard')}
          </button>
          <button type="button" className="primary" onClick={() => prompt?.resolve('save')} autoFocus>
            {t('common.actions.save')}
          </button>
        </>
      }
    >
      <p>{t('common.unsavedConfirm')}</p>
    </Modal>
  );
}
