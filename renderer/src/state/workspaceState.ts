/**
 * What the workspace holds: the open document, its edit history and the truth about saving.
 * A pure reducer; the side effects (saving, opening) live in useWorkspace.
 */
import type { Notice, Refusal } from '../../../shared/i18n/notices';
import type { Fail } from '../../../shared/result';
import { applyCommand, coalesceKey, type Command } from '../../../shared/domain/commands';
import { record, redo, startHistory, undo, type History } from '../../../shared/domain/history';
import type { OpenedDocument, ReadOnlyReason } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';

export interface DocMeta {
  /** null until the project has been saved to a file. */
  docId: string | null;
  fileName: string | null;
  folder: string | null;
  readOnlyReason: ReadOnlyReason | null;
  notices: Notice[];
  /** Another installation's file with nothing remembered: ask "Ini berkas Anda sendiri?". */
  askOwnership: boolean;
}

export type LastSave = { kind: 'saved'; at: string; notice?: Fail } | { kind: 'failed'; error: Fail } | { kind: 'conflict' } | null;

export interface WorkspaceState {
  doc: DocMeta | null;
  history: History;
  /** The project exactly as it was last written to or read from the file; dirty = present !== this. */
  savedProject: Project | null;
  saving: boolean;
  lastSave: LastSave;
  /** Errors of the last refused command, shown until the next successful edit. */
  refusal: Refusal[] | null;
}

export type WorkspaceAction =
  | { type: 'opened'; doc: OpenedDocument }
  | { type: 'created'; project: Project }
  | { type: 'command'; command: Command; now: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; project: Project; savedAt: string; notice?: Fail }
  | { type: 'saveFailed'; error: Fail }
  | { type: 'savedAs'; doc: OpenedDocument; project: Project }
  | { type: 'dismissNotices' }
  | { type: 'closed' };

export function initialWorkspace(): WorkspaceState {
  return { doc: null, history: startHistory(null as unknown as Project), savedProject: null, saving: false, lastSave: null, refusal: null };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'opened':
      return {
        doc: {
          docId: action.doc.docId,
          fileName: action.doc.fileName,
          folder: action.doc.folder,
          readOnlyReason: action.doc.readOnlyReason,
          notices: action.doc.notices,
          askOwnership: action.doc.askOwnership === true,
        },
        history: startHistory(action.doc.project),
        savedProject: action.doc.project,
        saving: false,
        lastSave: action.doc.savedAt ? { kind: 'saved', at: action.doc.savedAt } : null,
        refusal: null,
      };
    case 'created':
      return {
        doc: { docId: null, fileName: null, folder: null, readOnlyReason: null, notices: [], askOwnership: false },
        history: startHistory(action.project),
        savedProject: null,
        saving: false,
        lastSave: null,
        refusal: null,
      };
    case 'command': {
      if (!state.doc || state.doc.readOnlyReason) return state;
      const r = applyCommand(state.history.present, action.command);
      if (!r.ok) return { ...state, refusal: r.errors };
      return { ...state, history: record(state.history, r.project, coalesceKey(action.command), action.now), refusal: null };
    }
    case 'undo':
      return state.doc?.readOnlyReason ? state : { ...state, history: undo(state.history), refusal: null };
    case 'redo':
      return state.doc?.readOnlyReason ? state : { ...state, history: redo(state.history), refusal: null };
    case 'saveStarted':
      return { ...state, saving: true };
    case 'saveSucceeded':
      return {
        ...state,
        saving: false,
        savedProject: action.project,
        lastSave: { kind: 'saved', at: action.savedAt, ...(action.notice ? { notice: action.notice } : {}) },
      };
    case 'saveFailed':
      return { ...state, saving: false, lastSave: action.error.code === 'CONFLICT' ? { kind: 'conflict' } : { kind: 'failed', error: action.error } };
    case 'savedAs':
      return {
        ...state,
        doc: { docId: action.doc.docId, fileName: action.doc.fileName, folder: action.doc.folder, readOnlyReason: null, notices: [], askOwnership: false },
        savedProject: action.project,
        saving: false,
        lastSave: action.doc.savedAt ? { kind: 'saved', at: action.doc.savedAt } : null,
      };
    case 'dismissNotices':
      return state.doc ? { ...state, doc: { ...state.doc, notices: [] } } : state;
    case 'closed':
      return initialWorkspace();
  }
}

export function isDirty(s: WorkspaceState): boolean {
  return s.doc !== null && s.history.present !== s.savedProject;
}

export type SaveDisplay =
  | { kind: 'readOnly' }
  | { kind: 'neverSaved' }
  | { kind: 'saving' }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: Fail }
  | { kind: 'pending' }
  | { kind: 'saved'; at: string; notice?: Fail }
  | { kind: 'none' };

/** The one sentence the status bar shows; it must never claim more than is true. */
export function saveDisplay(s: WorkspaceState): SaveDisplay {
  if (!s.doc) return { kind: 'none' };
  if (s.doc.readOnlyReason) return { kind: 'readOnly' };
  if (!s.doc.docId) return { kind: 'neverSaved' };
  if (s.saving) return { kind: 'saving' };
  if (s.lastSave?.kind === 'conflict') return { kind: 'conflict' };
  if (s.lastSave?.kind === 'failed') return { kind: 'failed', error: s.lastSave.error };
  if (isDirty(s)) return { kind: 'pending' };
  if (s.lastSave?.kind === 'saved') return { kind: 'saved', at: s.lastSave.at, ...(s.lastSave.notice ? { notice: s.lastSave.notice } : {}) };
  return { kind: 'none' };
}
