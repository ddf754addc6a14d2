/**
 * "Impor komentar Word" beside "Impor ulasan": main shows the open dialog and reads the returned
 * DOCX's comments and tracked changes as review notes (one review per author); they are merged
 * into the project's store like a .ulasan file, as one undoable edit. The same DOCX twice changes
 * nothing. A document of another project, or not exported by the app, still imports, every note
 * under "Tidak terpetakan", and the status line says so.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import type { WordImportView } from '../../../shared/ipc';
import { importReview } from '../../../shared/review/merge';
import type { ReviewStore } from '../../../shared/review/types';
import type { Fail } from '../../../shared/result';
import { getApi } from '../api';
import { announce } from '../components/announce';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import { useReview } from './ReviewContext';

/** The last import's outcome, shared by the button and the status line under the banners. */
let status: { text: string; error: boolean } | null = null;
const listeners = new Set<() => void>();
const setStatus = (s: typeof status) => {
  status = s;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

const failText = (f: Fail) => (currentLang() === 'en' ? errorText(f.code, f.params ?? {}, 'en') : f.message);

function mergeAll(store: ReviewStore | undefined, view: WordImportView, project: { id: string; title: string }) {
  let merged = store;
  let added = 0;
  let changed = 0;
  for (const review of view.reviews) {
    const r = importReview(merged, review, project);
    if (!r.ok) return r;
    merged = r.value.store;
    added += r.value.added;
    changed += r.value.changed;
  }
  return { ok: true as const, store: merged, added, changed };
}

export function WordCommentsImportButton() {
  const { t } = useTranslation();
  const review = useReview();
  const store = useWorkspaceStore();
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  if (!review?.canImport || !docId) return null;

  const run = async () => {
    const r = await getApi().importWordComments(docId);
    if (!r.ok) {
      setStatus({ text: failText(r), error: true });
      return;
    }
    if (!r.value) return;
    const view = r.value;
    const current = store.document?.getSnapshot().history.present;
    if (!current) return;
    const merged = mergeAll(current.reviews, view, current);
    if (!merged.ok) {
      setStatus({ text: failText(merged), error: true });
      return;
    }
    const { added, changed } = merged;
    if (added + changed > 0 && merged.store) store.dispatch({ type: 'reviews/set', store: merged.store });
    const said = [
      view.remarks === 0
        ? t('wordComments.empty', { file: view.fileName })
        : added + changed > 0
          ? t('wordComments.imported', { file: view.fileName, added: String(added), changed: String(changed), unplaced: String(view.unplaced) })
          : t('wordComments.importedNothing', { file: view.fileName }),
      view.origin === 'other-project' ? t('wordComments.otherProject') : view.origin === 'unmarked' ? t('wordComments.unmarked') : '',
    ]
      .filter(Boolean)
      .join(' ');
    setStatus({ text: said, error: false });
    announce(said);
    if (view.remarks > 0) review.openPanel(null);
  };

  return (
    <button type="button" className="notes-import" onClick={() => void run()} title={t('wordComments.importHint')}>
      {t('wordComments.import')}
    </button>
  );
}

/** What the last Word import brought or why it failed, under the banners like the review's own line. */
export function WordCommentsStatusLine() {
  const s = useSyncExternalStore(subscribe, () => status);
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  if (!s || !docId) return null;
  return (
    <p className={`review-status${s.error ? ' is-error' : ''}`} role={s.error ? 'alert' : 'status'} data-testid="word-import-status">
      {s.text}
    </p>
  );
}
