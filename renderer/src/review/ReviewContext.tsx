/**
 * The review state of the open document, for both sides of the loop:
 * - a reviewer (mentor, coach, examiner) on a read-only file writes notes and section verdicts in
 *   a review that main saves beside the project (window.api.saveReview), never in the project;
 * - a participant imports review files; the notes are merged into the project's `reviews` store
 *   (an edit like any other: undoable, saved with the project) and answered or closed there.
 * Notes shown come from the review (reviewer) or the project's store (participant).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import type { ReviewerIdentity } from '../../../shared/ipc';
import { addNote, answerNote, consultationFromNotes, removeNote, setNoteStatus, setVerdict, type NoteDraft } from '../../../shared/review/edits';
import { emptyReviewStore, importReview } from '../../../shared/review/merge';
import type { NoteStatus, NoteTarget, Review, Reviewer, ReviewerSectionVerdict, ReviewNote, SectionVerdictValue } from '../../../shared/review/types';
import type { SectionId } from '../../../shared/domain/sections';
import type { Fail } from '../../../shared/result';
import type { Assessment } from '../../../shared/assessment/sheet';
import { getApi } from '../api';
import { announce } from '../components/announce';
import { currentLang } from '../i18n';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import './review.css';

export interface ReviewView {
  /** 'reviewer': writing a review of a read-only file; 'participant': the project's imported notes. */
  mode: 'reviewer' | 'participant';
  canReview: boolean;
  canImport: boolean;
  reviewer: Reviewer | null;
  reviewers: Reviewer[];
  notes: ReviewNote[];
  verdicts: ReviewerSectionVerdict[];
  fileName: string | null;
  savedAt: string | null;
  dirty: boolean;
  future: boolean;
  message: string | null;
  error: string | null;
  panel: { open: boolean; target: NoteTarget | null };
  askingIdentity: boolean;
  startReviewing(): Promise<void>;
  confirmIdentity(identity: ReviewerIdentity): Promise<void>;
  cancelIdentity(): void;
  add(draft: NoteDraft): void;
  remove(noteId: string): void;
  verdict(sectionId: SectionId, v: SectionVerdictValue): void;
  save(): Promise<void>;
  importFile(): Promise<void>;
  answer(noteId: string, text: string, changedAt: NoteTarget | null): void;
  setStatus(noteId: string, status: NoteStatus): void;
  toConsultation(noteIds: string[]): void;
  openPanel(target: NoteTarget | null): void;
  closePanel(): void;
  /** The review being written (reviewer mode), for the lembar penilaian and its export. */
  current: Review | null;
  setAssessment(a: Assessment): void;
}

const Ctx = createContext<ReviewView | null>(null);

/** Null outside a workspace (component tests): item buttons then render nothing. */
export const useReview = (): ReviewView | null => useContext(Ctx);

const failText = (f: Fail) => (currentLang() === 'en' ? errorText(f.code, f.params ?? {}, 'en') : f.message);
const nowIso = () => new Date().toISOString();

export function ReviewProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  const readOnlyReason = useDocumentSelector((d) => d.doc?.readOnlyReason ?? null);
  const stored = useDocumentSelector((d) => d.history.present.reviews);
  const projectId = useDocumentSelector((d) => d.history.present.id);
  const projectTitle = useDocumentSelector((d) => d.history.present.title);
  const [reviewer, setReviewer] = useState<Reviewer | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [file, setFile] = useState<{ name: string | null; savedAt: string | null; future: boolean }>({ name: null, savedAt: null, future: false });
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<{ open: boolean; target: NoteTarget | null }>({ open: false, target: null });
  const [askingIdentity, setAskingIdentity] = useState(false);

  // A new document starts without a review in progress.
  useEffect(() => {
    setReview(null);
    setDirty(false);
    setFile({ name: null, savedAt: null, future: false });
    setMessage(null);
    setError(null);
  }, [docId]);

  const canReview = readOnlyReason !== null && readOnlyReason !== 'SAMPLE' && docId !== null;
  const canImport = readOnlyReason === null && docId !== null;

  const begin = useCallback(
    async (who: Reviewer) => {
      if (!docId) return;
      const own = await getApi().loadOwnReview(docId);
      if (!own.ok) {
        setError(failText(own));
        return;
      }
      setError(null);
      const fresh: Review = { project: { id: projectId, title: projectTitle }, reviewer: who, notes: [], sectionVerdicts: [] };
      setReview(own.value ? { ...own.value.review, reviewer: who } : fresh);
      setFile({ name: own.value?.fileName ?? null, savedAt: own.value?.savedAt ?? null, future: own.value?.future ?? false });
      setDirty(false);
      setPanel({ open: true, target: null });
    },
    [docId, projectId, projectTitle],
  );

  const startReviewing = useCallback(async () => {
    const known = await getApi().getReviewer();
    if (known.ok && known.value) {
      setReviewer(known.value);
      await begin(known.value);
    } else setAskingIdentity(true);
  }, [begin]);

  const confirmIdentity = useCallback(
    async (identity: ReviewerIdentity) => {
      const r = await getApi().setReviewer(identity);
      if (!r.ok) {
        setError(failText(r));
        return;
      }
      setAskingIdentity(false);
      setReviewer(r.value);
      await begin(r.value);
    },
    [begin],
  );

  const editReview = useCallback((edit: (r: Review) => Review) => {
    setReview((r) => (r ? edit(r) : r));
    setDirty(true);
    setMessage(null);
  }, []);

  const setStore = useCallback(
    (edit: (s: NonNullable<typeof stored>) => NonNullable<typeof stored>) => {
      const current = store.document?.getSnapshot().history.present.reviews ?? emptyReviewStore();
      store.dispatch({ type: 'reviews/set', store: edit(current) });
    },
    [store],
  );

  const view: ReviewView = useMemo(() => {
    const mode = review ? 'reviewer' : 'participant';
    const notes = review ? review.notes : (stored?.notes ?? []);
    const reviewers = review ? [review.reviewer] : (stored?.reviewers ?? []);
    const verdicts = review ? review.sectionVerdicts.map((v) => ({ ...v, reviewerId: review.reviewer.id })) : (stored?.sectionVerdicts ?? []);
    return {
      mode,
      canReview,
      canImport,
      reviewer,
      reviewers,
      notes,
      verdicts,
      fileName: file.name,
      savedAt: file.savedAt,
      dirty,
      future: file.future,
      message,
      error,
      panel,
      askingIdentity,
      startReviewing,
      confirmIdentity,
      cancelIdentity: () => setAskingIdentity(false),
      add: (draft) => editReview((r) => addNote(r, draft, nowIso())),
      remove: (noteId) => editReview((r) => removeNote(r, noteId)),
      verdict: (sectionId, v) => editReview((r) => setVerdict(r, sectionId, v, nowIso())),
      async save() {
        if (!review || !docId) return;
        const r = await getApi().saveReview(docId, review);
        if (!r.ok) {
          setError(failText(r));
          return;
        }
        setError(null);
        setDirty(false);
        setFile({ name: r.value.fileName, savedAt: r.value.savedAt, future: false });
        const time = new Date(r.value.savedAt).toLocaleTimeString(currentLang() === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });
        const said = t('review.saved', { file: r.value.fileName, time });
        setMessage(said);
        announce(said);
      },
      async importFile() {
        if (!docId) return;
        const r = await getApi().importReviewFile(docId);
        if (!r.ok) {
          setError(failText(r));
          return;
        }
        if (!r.value) return;
        const current = store.document?.getSnapshot().history.present;
        if (!current) return;
        const merged = importReview(current.reviews, r.value.review, current);
        if (!merged.ok) {
          setError(failText(merged));
          return;
        }
        setError(null);
        const name = r.value.review.reviewer.name || r.value.fileName;
        const { added, changed } = merged.value;
        if (added + changed > 0) store.dispatch({ type: 'reviews/set', store: merged.value.store });
        const said =
          added + changed > 0 ? t('review.imported', { name, added: String(added), changed: String(changed) }) : t('review.importedNothing', { name });
        setMessage(said);
        announce(said);
        setPanel({ open: true, target: null });
      },
      answer: (noteId, text, changedAt) => setStore((s) => answerNote(s, noteId, { author: t('review.participant'), at: nowIso(), text, changedAt })),
      setStatus: (noteId, status) => setStore((s) => setNoteStatus(s, noteId, status, nowIso())),
      toConsultation(noteIds) {
        const s = store.document?.getSnapshot().history.present.reviews;
        const entry = s ? consultationFromNotes(s, noteIds) : null;
        if (!entry) return;
        store.dispatch({ type: 'list/add', list: 'consultations', item: entry });
        const said = t('review.consultationMade', { n: String(noteIds.length) });
        setMessage(said);
        announce(said);
      },
      openPanel: (target) => setPanel({ open: true, target }),
      closePanel: () => setPanel({ open: false, target: null }),
      current: review,
      setAssessment: (a) => editReview((r) => ({ ...r, assessment: { ...a, updatedAt: nowIso() } })),
    };
  }, [
    review,
    stored,
    canReview,
    canImport,
    reviewer,
    file,
    dirty,
    message,
    error,
    panel,
    askingIdentity,
    startReviewing,
    confirmIdentity,
    editReview,
    docId,
    t,
    store,
    setStore,
  ]);

  return <Ctx.Provider value={view}>{children}</Ctx.Provider>;
}

/** Notes about one target (a section's own notes, or one item's). */
export function notesOn(notes: readonly ReviewNote[], target: NoteTarget): ReviewNote[] {
  return notes.filter((n) => sameTarget(n.target, target));
}

export function sameTarget(a: NoteTarget, b: NoteTarget): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'SECTION' && b.type === 'SECTION') return a.sectionId === b.sectionId;
  if (a.type === 'ITEM' && b.type === 'ITEM') return a.itemKind === b.itemKind && a.itemId === b.itemId;
  return true;
}
