/**
 * "Riwayat versi": the automatic backups of the open file (data folder), newest first, with the
 * local time, the size and what differs from the file now. Each can be previewed read-only,
 * compared, restored (the file now becomes a backup first) or saved as a copy.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc';
import { formatMomentLocal } from '../../../shared/format/dates';
import type { Project } from '../../../shared/model/types';
import { Modal } from '../components/Modal';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import type { CompareSide } from './CompareView';
import { failureText } from './failure';
import './versions.css';

interface Props {
  open: boolean;
  onClose(): void;
  onPreview(label: string, project: Project): void;
  onCompare(before: CompareSide, after: CompareSide): void;
}

export function HistoryDialog({ open, onClose, onPreview, onCompare }: Props) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  const hasFile = useDocumentSelector((d) => !!d.doc?.docId);
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const lang = currentLang();
  const doc = store.document;

  const refresh = async () => {
    const r = await store.document?.listBackups();
    if (!r) return;
    if (r.ok) setList(r.value);
    else setProblem(failureText(r));
  };

  useEffect(() => {
    if (!open) return;
    setList(null);
    setStatus('');
    setProblem('');
    setConfirming(null);
    void refresh();
    // Only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // Seconds too: backups of one busy minute must be told apart.
  const when = (b: BackupInfo) => `${formatMomentLocal(b.madeAt, lang)}${lang === 'en' ? ':' : '.'}${String(new Date(b.madeAt).getSeconds()).padStart(2, '0')}`;
  const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID')} KB`;
  const summary = (b: BackupInfo) => {
    const s = b.summary;
    if (!s) return t('history.unreadable');
    const count = s.added + s.removed + s.changed + s.moved + s.texts;
    if (!count) return t('history.same');
    return t('history.diff', { n: String(count), sections: s.sections.map((x) => t(`compare.sections.${x}`)).join(', ') });
  };

  const load = async (b: BackupInfo): Promise<Project | null> => {
    const r = await doc!.readBackup(b.backupId);
    if (!r.ok) {
      setProblem(failureText(r));
      return null;
    }
    return r.value;
  };

  const restore = async (b: BackupInfo) => {
    setConfirming(null);
    setProblem('');
    const f = await doc!.restoreBackup(b.backupId);
    if (f) return setProblem(failureText(f));
    setStatus(t('history.restored', { date: when(b) }));
    await refresh();
  };

  const saveCopy = async (b: BackupInfo) => {
    setProblem('');
    const r = await doc!.saveBackupAs(b.backupId);
    if (!r.ok) return setProblem(failureText(r));
    if (r.value) setStatus(t('history.copied', { file: r.value.fileName }));
  };

  return (
    <Modal
      open={open}
      wide
      title={t('history.title')}
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          {t('common.actions.close')}
        </button>
      }
    >
      <div data-testid="history-dialog">
        <p className="hint">{t('history.intro')}</p>
        {!hasFile && <p>{t('history.needFile')}</p>}
        <p role="status" data-testid="history-status">
          {status}
        </p>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {hasFile && list === null && <p>{t('history.loading')}</p>}
        {list?.length === 0 && <p>{t('history.none')}</p>}
        {list && list.length > 0 && (
          <table className="versions-table" aria-label={t('history.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('history.colTime')}</th>
                <th scope="col">{t('history.colSize')}</th>
                <th scope="col">{t('history.colDiff')}</th>
                <th scope="col">{t('history.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.backupId} data-testid="backup-row">
                  <th scope="row">{when(b)}</th>
                  <td>{size(b.bytes)}</td>
                  <td>{summary(b)}</td>
                  <td>
                    {confirming === b.backupId ? (
                      <div className="version-actions" role="group" aria-label={t('history.confirmRestore', { date: when(b) })}>
                        <span>{t('history.confirmRestore', { date: when(b) })}</span>
                        <button type="button" className="primary" onClick={() => void restore(b)}>
                          {t('history.restore')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('common.actions.cancel')}
                        </button>
                      </div>
                    ) : (
                      <div className="version-actions">
                        <button
                          type="button"
                          aria-label={`${t('history.preview')}: ${when(b)}`}
                          onClick={() => void load(b).then((p) => p && onPreview(t('versions.backupBanner', { date: when(b) }), p))}
                        >
                          {t('history.preview')}
                        </button>
                        <button
                          type="button"
                          aria-label={`${t('history.compareNow')}: ${when(b)}`}
                          onClick={() =>
                            void load(b).then((p) => p && onCompare({ label: when(b), project: p }, { label: t('versions.now'), project: doc!.project }))
                          }
                        >
                          {t('history.compareNow')}
                        </button>
                        {!readOnly && (
                          <button type="button" aria-label={`${t('history.restore')}: ${when(b)}`} onClick={() => setConfirming(b.backupId)}>
                            {t('history.restore')}
                          </button>
                        )}
                        <button type="button" aria-label={`${t('history.saveCopy')}: ${when(b)}`} onClick={() => void saveCopy(b)}>
                          {t('history.saveCopy')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Modal>
  );
}
