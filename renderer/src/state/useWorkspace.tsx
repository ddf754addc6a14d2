/**
 * React's view of the workspace store. useWorkspaceSelector(select) re-renders a component only
 * when what it selects changes (a keystroke in one field leaves the sidebar and the top bar alone);
 * useWorkspace() keeps the older all-in-one shape for screens that show most of it anyway.
 */
import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Command } from '../../../shared/domain/commands';
import type { ProgrammeCode } from '../../../shared/model/enums';
import type { Project } from '../../../shared/model/types';
import type { Fail } from '../../../shared/result';
import type { DocumentState } from './documentStore';
import { initialWorkspace } from './workspaceState';
import { shortcutCommand, type ConflictChoice, type WorkspaceSnapshot, type WorkspaceStore } from './workspaceStore';

export { EXPORT_EVENT, type ConflictChoice } from './workspaceStore';

const Ctx = createContext<WorkspaceStore | null>(null);

export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(Ctx);
  if (!store) throw new Error('useWorkspaceStore outside WorkspaceProvider');
  return store;
}

/**
 * Reads one piece of the workspace. `equal` decides whether a new result is "the same" (shallow
 * equality for a list of marks, say), so a recomputed but equal value does not re-render.
 */
export function useWorkspaceSelector<T>(select: (s: WorkspaceSnapshot) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useWorkspaceStore();
  const cache = useRef<{ snap: WorkspaceSnapshot; select: typeof select; value: T } | null>(null);
  const read = () => {
    const snap = store.getSnapshot();
    const c = cache.current;
    if (c && c.snap === snap && c.select === select) return c.value;
    const value = select(snap);
    const kept = c && equal(c.value, value) ? c.value : value;
    cache.current = { snap, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The open document's state; only for components shown while a document is open. */
export function useDocumentSelector<T>(select: (d: DocumentState) => T, equal?: (a: T, b: T) => boolean): T {
  // When the document closes, the screen showing it is about to go; until then it keeps its last value.
  const last = useRef<T>(undefined as T);
  const value = useWorkspaceSelector((s) => (s.doc ? select(s.doc) : last.current), equal);
  last.current = value;
  return value;
}

export const shallowEqual = <T,>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export interface Workspace {
  state: DocumentState;
  project: Project | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  error: Fail | null;
  conflictOpen: boolean;
  discardPrompt: WorkspaceSnapshot['discardPrompt'];
  dismissError(): void;
  dispatch(command: Command): void;
  undo(): void;
  redo(): void;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  editCopy(): Promise<void>;
  newProject(programmeCode: ProgrammeCode, title: string): Promise<void>;
  openFile(): Promise<void>;
  openRecent(recentId: string): Promise<void>;
  openSample(): Promise<void>;
  /** A participant's project from the open cohort folder, read-only. */
  openCohortMember(cohortId: string, file: string): Promise<void>;
  closeProject(): Promise<void>;
  resolveConflict(choice: ConflictChoice | null): Promise<void>;
  dismissNotices(): void;
}

/** What useWorkspace() shows on the start screen, where no document is open. */
const NO_DOCUMENT: DocumentState = {
  ...initialWorkspace(),
  dirty: false,
  canUndo: false,
  canRedo: false,
  conflictOpen: false,
  invalidDrafts: [],
  lastMove: null,
  checked: null as unknown as Project,
  draftSavedAt: null,
  versions: [],
};

/** Everything at once: re-renders on every change. Prefer useWorkspaceSelector in anything that stays on screen while typing. */
export function useWorkspace(): Workspace {
  const store = useWorkspaceStore();
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const d = snap.doc;
  return {
    state: d ?? NO_DOCUMENT,
    project: d ? d.history.present : null,
    dirty: d?.dirty ?? false,
    canUndo: d?.canUndo ?? false,
    canRedo: d?.canRedo ?? false,
    error: snap.error,
    conflictOpen: d?.conflictOpen ?? false,
    discardPrompt: snap.discardPrompt,
    dismissError: store.dismissError,
    dispatch: store.dispatch,
    undo: store.undo,
    redo: store.redo,
    save: store.save,
    saveAs: store.saveAs,
    editCopy: store.editCopy,
    newProject: store.newProject,
    openFile: store.openFile,
    openRecent: store.openRecent,
    openSample: store.openSample,
    openCohortMember: store.openCohortMember,
    closeProject: store.closeProject,
    resolveConflict: store.resolveConflict,
    dismissNotices: store.dismissNotices,
  };
}

export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  // Menu commands and files the OS asks to open.
  useEffect(() => store.attach(), [store]);

  // Keyboard shortcuts, handled here (the native menu only displays them).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command) return;
      e.preventDefault();
      void store.runMenuCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return <Ctx.Provider value={store}>{children}</Ctx.Provider>;
}
