/**
 * The workspace controller: holds the state, talks to window.api, and runs autosave. Components
 * get it through useWorkspace(); they dispatch commands and never call the api themselves.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Command } from '../../../shared/domain/commands';
import { canRedo, canUndo } from '../../../shared/domain/history';
import type { MenuCommand, OpenedDocument } from '../../../shared/ipc';
import { createProject } from '../../../shared/model/envelope';
import type { ProgrammeCode } from '../../../shared/model/enums';
import type { Project } from '../../../shared/model/types';
import type { Fail, Result } from '../../../shared/result';
import { getApi } from '../api';
import { initialWorkspace, isDirty, workspaceReducer, type WorkspaceState } from './workspaceState';

/** Quiet time after the last edit before autosave writes the file. */
export const AUTOSAVE_MS = 800;

export type ConflictChoice = 'saveCopy' | 'overwrite' | 'reload';

export interface Workspace {
  state: WorkspaceState;
  project: Project | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** A failure to show in the error dialog (opening a damaged file, saving as …). */
  error: Fail | null;
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
  conflictOpen: boolean;
  dismissNotices(): void;
  /** Ask before throwing away unsaved work; resolved by the ConfirmDiscard dialog. */
  discardPrompt: { resolve(ok: boolean): void } | null;
}

const Ctx = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const w = useContext(Ctx);
  if (!w) throw new Error('useWorkspace outside WorkspaceProvider');
  return w;
}

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = getApi();
  const [state, rawDispatch] = useReducer(workspaceReducer, undefined, initialWorkspace);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [error, setError] = useState<Fail | null>(null);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [discardPrompt, setDiscardPrompt] = useState<Workspace['discardPrompt']>(null);
  const savingRef = useRef<Promise<void> | null>(null);

  const project = state.doc ? state.history.present : null;
  const dirty = isDirty(state);

  const askDiscard = useCallback((): Promise<boolean> => {
    if (!isDirty(stateRef.current)) return Promise.resolve(true);
    return new Promise((resolve) => setDiscardPrompt({ resolve: (ok) => { setDiscardPrompt(null); resolve(ok); } }));
  }, []);

  const adopt = useCallback((r: Result<OpenedDocument | null>) => {
    if (!r.ok) {
      setError(r);
      return;
    }
    if (r.value) rawDispatch({ type: 'opened', doc: r.value });
  }, []);

  const saveNow = useCallback(async (overwrite = false): Promise<void> => {
    const s = stateRef.current;
    if (!s.doc?.docId || s.doc.readOnlyReason) return;
    if (savingRef.current) {
      await savingRef.current;
      if (!isDirty(stateRef.current)) return;
    }
    const sent = stateRef.current.history.present;
    const docId = s.doc.docId;
    rawDispatch({ type: 'saveStarted' });
    const run = (async () => {
      const r = await api.saveProject(docId, sent, overwrite);
      if (r.ok) rawDispatch({ type: 'saveSucceeded', project: sent, savedAt: r.value.savedAt });
      else {
        rawDispatch({ type: 'saveFailed', error: r });
        if (r.code === 'CONFLICT') setConflictOpen(true);
      }
    })();
    savingRef.current = run;
    try {
      await run;
    } finally {
      savingRef.current = null;
    }
  }, [api]);

  const saveAs = useCallback(async (): Promise<void> => {
    const s = stateRef.current;
    if (!s.doc) return;
    const sent = s.history.present;
    const r = await api.saveProjectAs(sent, sent.title.trim() || 'Proyek Perubahan');
    if (!r.ok) return setError(r);
    if (r.value) rawDispatch({ type: 'savedAs', doc: r.value, project: sent });
  }, [api]);

  const save = useCallback(async (): Promise<void> => {
    const s = stateRef.current;
    if (!s.doc || s.doc.readOnlyReason) return;
    if (!s.doc.docId) return saveAs();
    return saveNow(false);
  }, [saveAs, saveNow]);

  const editCopy = useCallback(async (): Promise<void> => {
    const s = stateRef.current;
    if (!s.doc || s.doc.readOnlyReason === 'FUTURE_VERSION') return;
    const sent = s.history.present;
    const stem = (s.doc.fileName ?? sent.title ?? 'Proyek').replace(/\.rancang$/i, '');
    const r = await api.saveProjectAs(sent, `${stem} (salinan)`);
    if (!r.ok) return setError(r);
    if (r.value) rawDispatch({ type: 'savedAs', doc: r.value, project: sent });
  }, [api]);

  const closeCurrent = useCallback(async () => {
    const docId = stateRef.current.doc?.docId;
    if (docId) await api.closeDocument(docId);
  }, [api]);

  const ws: Workspace = useMemo(() => ({
    state, project, dirty, error, conflictOpen, discardPrompt,
    canUndo: !!state.doc && !state.doc.readOnlyReason && canUndo(state.history),
    canRedo: !!state.doc && !state.doc.readOnlyReason && canRedo(state.history),
    dismissError: () => setError(null),
    dispatch: (command) => rawDispatch({ type: 'command', command, now: Date.now() }),
    undo: () => rawDispatch({ type: 'undo' }),
    redo: () => rawDispatch({ type: 'redo' }),
    save, saveAs, editCopy,
    async newProject(code, title) {
      if (!(await askDiscard())) return;
      await closeCurrent();
      rawDispatch({ type: 'created', project: createProject({ programmeCode: code, title }) });
    },
    async openFile() {
      if (!(await askDiscard())) return;
      const r = await api.openProject();
      if (r.ok && r.value) await closeCurrent();
      adopt(r);
    },
    async openRecent(recentId) {
      if (!(await askDiscard())) return;
      const r = await api.openRecent(recentId);
      if (r.ok) await closeCurrent();
      adopt(r);
    },
    async openSample() {
      if (!(await askDiscard())) return;
      const r = await api.openSample();
      if (r.ok) await closeCurrent();
      adopt(r);
    },
    async openCohortMember(cohortId, file) {
      if (!(await askDiscard())) return;
      const r = await api.openCohortMember(cohortId, file);
      if (r.ok) await closeCurrent();
      adopt(r);
    },
    async closeProject() {
      if (!(await askDiscard())) return;
      await closeCurrent();
      rawDispatch({ type: 'closed' });
    },
    async resolveConflict(choice) {
      setConflictOpen(false);
      if (choice === 'saveCopy') await saveAs();
      else if (choice === 'overwrite') await saveNow(true);
      else if (choice === 'reload') {
        const docId = stateRef.current.doc?.docId;
        if (docId) adopt(await api.reloadDocument(docId));
      }
    },
    dismissNotices: () => rawDispatch({ type: 'dismissNotices' }),
  }), [state, project, dirty, error, conflictOpen, discardPrompt, save, saveAs, editCopy, askDiscard, closeCurrent, api, adopt, saveNow]);

  // Autosave: once the document has a file, every pause in editing writes it.
  useEffect(() => {
    const doc = state.doc;
    if (!doc?.docId || doc.readOnlyReason || !dirty || state.saving || state.lastSave?.kind === 'conflict') return;
    const timer = setTimeout(() => void saveNow(false), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state.doc, state.history.present, dirty, state.saving, state.lastSave, saveNow]);

  // Main needs to know, to ask before the window closes.
  useEffect(() => {
    void api.setUnsavedChanges(dirty);
  }, [api, dirty]);

  // Files the OS asked to open, and native menu commands.
  const wsRef = useRef(ws);
  wsRef.current = ws;
  useEffect(() => {
    const offOpen = api.onOpenDocument((r) => {
      void askDiscard().then(async (okToDiscard) => {
        if (!okToDiscard) return;
        if (r.ok) await closeCurrent();
        adopt(r);
      });
    });
    const offMenu = api.onMenuCommand((c) => void runMenuCommand(c, () => wsRef.current, api));
    void api.rendererReady();
    return () => {
      offOpen();
      offMenu();
    };
  }, [api, adopt, askDiscard, closeCurrent]);

  // Keyboard shortcuts, handled here (the native menu only displays them).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command) return;
      e.preventDefault();
      void runMenuCommand(command, () => wsRef.current, api);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);

  return <Ctx.Provider value={ws}>{children}</Ctx.Provider>;
}

export function shortcutCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (key === 'o') return 'open';
  if (key === 'e') return 'export';
  return null;
}

/** Export is opened by the workspace screen; it listens for this event. */
export const EXPORT_EVENT = 'rancang:export';
export const NEW_EVENT = 'rancang:new';

async function runMenuCommand(c: MenuCommand, current: () => Workspace, api: ReturnType<typeof getApi>): Promise<void> {
  const ws = current();
  switch (c) {
    case 'undo': return ws.undo();
    case 'redo': return ws.redo();
    case 'save': return ws.save();
    case 'saveAs': return ws.state.doc?.readOnlyReason ? ws.editCopy() : ws.saveAs();
    case 'open': return ws.openFile();
    case 'new': window.dispatchEvent(new Event(NEW_EVENT)); return;
    case 'export': window.dispatchEvent(new Event(EXPORT_EVENT)); return;
    case 'closeRequested': {
      await ws.save();
      // Only close when the work really is on disk (a cancelled "save as" keeps the window open).
      await new Promise((r) => setTimeout(r, 0));
      const s = current().state;
      if (s.doc?.docId && !isDirty(s) && s.lastSave?.kind === 'saved') await api.confirmClose();
      return;
    }
  }
}
