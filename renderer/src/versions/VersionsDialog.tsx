/**
 * "Versi": freeze the project as it is now (named, dated, with a note) and list the frozen
 * versions inside the file, each to read, compare with now or with another version, export again
 * exactly as it was, or delete. A damaged version is listed as damaged and offers nothing else.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../shared/ipc';
import { formatMomentLocal } from '../../../shared/format/dates';
import { VERSION_KINDS, VERSION_LIMITS, type VersionKind } from '../../../shared/model/versions';
import type { Project } from '../../../shared/model/types';
import { Modal } from '../components/Modal';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import type { CompareSide } from './CompareView';
import { failureText } from './failure';
import { AppendixSetting } from './AppendixSetting';
import './versions.css';

export interface FreezeSuggestion {
  name: string;
  kind: VersionKind;
}

interface Props {
  open: boolean;
  suggestion: FreezeSuggestion | null;
  onClose(): void;
  /** "Riwayat versi": the automatic backups, one step further. */
  onHistory(): void;
  onRead(version: VersionInfo, project: Project): void;
  onExport(version: VersionInfo, project: Project): void;
  onCompare(before: CompareSide, after: CompareSide): void;
}

const NOW = 'now';

export function VersionsDialog({ open, suggestion, onClose, onHistory, onRead, onExport, onCompare }: Props) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const versions = useDocumentSelector((d) => d.versions);
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  const hasFile = useDocumentSelector((d) => !!d.doc?.docId);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [kind, setKind] = useState<VersionKind>('rancangan');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const good = versions.filter((v) => !v.damaged);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const ids = { name: useId(), note: useId(), kind: useId(), from: useId(), to: useId() };
  const lang = currentLang();

  useEffect(() => {
    if (!open) return;
    setName(suggestion?.name ?? '');
    setKind(suggestion?.kind ?? 'rancangan');
    setNote('');
    setStatus('');
    setProblem('');
    setConfirming(null);
    // Only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const doc = store.document;
  const canEdit = hasFile && !readOnly;
  const when = (v: VersionInfo) => (v.frozenAt ? formatMomentLocal(v.frozenAt, lang) : '');

  const run = async (fn: () => Promise<string | null>) => {
    setBusy(true);
    setProblem('');
    setStatus('');
    try {
      const done = await fn();
      if (done) setStatus(done);
    } finally {
      setBusy(false);
    }
  };

  const freeze = () =>
    run(async () => {
      const f = await doc!.freeze({ name: name.trim(), note, kind });
      if (f) {
        setProblem(failureText(f));
        return null;
      }
      const frozenName = name.trim();
      setName('');
      setNote('');
      return t('versions.frozen', { name: frozenName });
    });

  const load = async (v: VersionInfo): Promise<Project | null> => {
    const r = await doc!.readVersion(v.id);
    if (!r.ok) {
      setProblem(failureText(r));
      return null;
    }
    return r.value;
  };

  const side = async (id: string): Promise<CompareSide | null> => {
    if (id === NOW) return { label: t('versions.now'), project: doc!.project };
    const v = versions.find((x) => x.id === id);
    const p = v ? await load(v) : null;
    return v && p ? { label: v.name, project: p } : null;
  };

  const compare = async (a: string, b: string) => {
    const before = await side(a);
    const after = await side(b);
    if (before && after) onCompare(before, after);
  };

  return (
    <Modal
      open={open}
      wide
      title={t('versions.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onHistory} data-testid="open-history">
            {t('history.open')}…
          </button>
          <button type="button" onClick={onClose}>
            {t('common.actions.close')}
          </button>
        </>
      }
    >
      <div data-testid="versions-dialog">
        <p className="hint">{t('versions.intro')}</p>
        {readOnly && <p>{t('versions.readOnlyNote')}</p>}
        {!hasFile && <p>{t('versions.needSave')}</p>}
        {canEdit && (
          <form
            className="versions-form"
            aria-label={t('versions.freezeTitle')}
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void freeze();
            }}
          >
            <div className="field">
              <label htmlFor={ids.name}>{t('versions.name')}</label>
              <input id={ids.name} value={name} maxLength={VERSION_LIMITS.name} required onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.kind}>{t('versions.kind')}</label>
              <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as VersionKind)}>
                {VERSION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`versions.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field wide">
              <label htmlFor={ids.note}>{t('versions.note')}</label>
              <textarea id={ids.note} value={note} maxLength={VERSION_LIMITS.note} rows={2} onChange={(e) => setNote(e.target.value)} />
            </div>
            <div className="wide">
              <button type="submit" className="primary" disabled={busy || !name.trim()}>
                {t('versions.freeze')}
              </button>
            </div>
          </form>
        )}
        <p role="status" data-testid="versions-status">
          {status}
        </p>
        {problem && (
          <p role="alert" className="error" data-testid="versions-problem">
            {problem}
          </p>
        )}
        {versions.length === 0 ? (
          <p>{t('versions.none')}</p>
        ) : (
          <table className="versions-table" aria-label={t('versions.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('versions.colSeq')}</th>
                <th scope="col">{t('versions.colName')}</th>
                <th scope="col">{t('versions.colFrozen')}</th>
                <th scope="col">{t('versions.colNote')}</th>
                <th scope="col">{t('versions.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} data-testid="version-row">
                  <td>{v.seq}</td>
                  <th scope="row">
                    {v.name}
                    <div className="hint">
                      {t(`versions.kinds.${v.kind}`)}
                      {v.appVersion ? ` · ${t('versions.appVersion', { version: v.appVersion })}` : ''}
                    </div>
                  </th>
                  <td>{when(v)}</td>
                  <td>{v.note}</td>
                  <td>
                    {v.damaged ? (
                      <strong>{v.damaged === 'future' ? t('versions.damagedFuture') : t('versions.damaged')}</strong>
                    ) : confirming === v.id ? (
                      <div className="version-actions" role="group" aria-label={t('versions.confirmDelete', { name: v.name })}>
                        <span>{t('versions.confirmDelete', { name: v.name })}</span>
                        <button
                          type="button"
                          className="danger"
                          onClick={() =>
                            void run(async () => {
                              setConfirming(null);
                              const f = await doc!.deleteVersion(v.id);
                              if (f) {
                                setProblem(failureText(f));
                                return null;
                              }
                              return t('versions.deleted', { name: v.name });
                            })
                          }
                        >
                          {t('versions.delete')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('common.actions.cancel')}
                        </button>
                      </div>
                    ) : (
                      <div className="version-actions">
                        <button type="button" aria-label={`${t('versions.read')}: ${v.name}`} onClick={() => void load(v).then((p) => p && onRead(v, p))}>
                          {t('versions.read')}
                        </button>
                        <button type="button" aria-label={`${t('versions.compareNow')}: ${v.name}`} onClick={() => void compare(v.id, NOW)}>
                          {t('versions.compareNow')}
                        </button>
                        <button
                          type="button"
                          aria-label={`${t('versions.exportAgain')}: ${v.name}`}
                          onClick={() => void load(v).then((p) => p && onExport(v, p))}
                        >
                          {t('versions.exportAgain')}
                        </button>
                        {canEdit && (
                          <button type="button" aria-label={`${t('versions.delete')}: ${v.name}`} onClick={() => setConfirming(v.id)}>
                            {t('versions.delete')}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {hasFile && <AppendixSetting versions={versions} />}
        {good.length > 0 && (
          <fieldset className="versions-compare">
            <legend>{t('versions.compareTwo')}</legend>
            <div className="field">
              <label htmlFor={ids.from}>{t('versions.from')}</label>
              <select id={ids.from} value={from || good[0]!.id} onChange={(e) => setFrom(e.target.value)}>
                {good.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.seq}. {v.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t('versions.to')}</label>
              <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
                {good.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.seq}. {v.name}
                  </option>
                ))}
                <option value={NOW}>{t('versions.now')}</option>
              </select>
            </div>
            <button type="button" onClick={() => void compare(from || good[0]!.id, to)}>
              {t('versions.compare')}
            </button>
          </fieldset>
        )}
      </div>
    </Modal>
  );
}
