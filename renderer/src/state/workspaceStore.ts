/**
 * The workspace outside React: which document is open (a DocumentStore), the failure to show, the
 * question before unsaved work is thrown away, and the routing of menu commands and files the OS
 * asks to open. Components reach window.api only through this store.
 */
import type { Command } from '../../../shared/domain/commands';
import type { AppApi, MenuCommand, OpenedDocument, RecentFile, AppInfo, DraftInfo } from '../../../shared/ipc';
import { createProject } from '../../../shared/model/envelope';
import type { Lang } from '../../../shared/errors';
import type { ProgrammeCode } from '../../../shared/model/enums';
import type { Project } from '../../../shared/model/types';
import type { Fail, Result } from '../../../shared/result';
import { DocumentStore, type DocumentState, type DocumentStoreOptions, type EditPlace } from './documentStore';

export type ConflictChoice = 'saveCopy' | 'overwrite' | 'reload';
export type LeaveChoice = 'save' | 'discard' | 'cancel';

export interface WorkspaceSnapshot {
  /** The open document's state, null on the start screen. */
  doc: DocumentState | null;
  error: Fail | null;
  /** Unsaved work is about to be left: "Simpan / Jangan simpan / Batal", answered in the LeaveDialog. */
  discardPrompt: { resolve(choice: LeaveChoice): void } | null;
  /** Bumped by File → New so the start screen can put the focus on the new-project form. */
  newRequest: number;
}

/** Export is opened by the workspace screen; it listens for this event. */
export const EXPORT_EVENT = 'rancang:export';

export class WorkspaceStore {
  private current: DocumentStore | null = null;
  private offDoc: (() => void) | null = null;
  private snapshot: WorkspaceSnapshot = { doc: null, error: null, discardPrompt: null, newRequest: 0 };
  private readonly listeners = new Set<() => void>();
  private placeOf: () => EditPlace | null = () => null;

  constructor(
    private readonly api: AppApi,
    private readonly docOptions: Omit<DocumentStoreOptions, 'place'> = {},
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  get document(): DocumentStore | null {
    return this.current;
  }

  /** The UI tells the store how to find where the user is editing (section, field, row). */
  setPlaceFinder(find: () => EditPlace | null): void {
    this.placeOf = find;
  }

  // ---- the document --------------------------------------------------------------------------

  dispatch = (command: Command): void => this.current?.dispatch(command);
  undo = (): void => this.current?.undo();
  redo = (): void => this.current?.redo();

  save = async (): Promise<void> => {
    const doc = this.current;
    if (!doc || doc.readOnly) return;
    if (!doc.getSnapshot().doc?.docId) return this.saveAs();
    await doc.save(false);
  };

  saveAs = async (): Promise<void> => this.showFailure(await this.current?.saveAs());
  editCopy = async (): Promise<void> => this.showFailure(await this.current?.editCopy());
  resolveConflict = async (choice: ConflictChoice | null): Promise<void> => this.showFailure(await this.current?.resolveConflict(choice));
  dismissNotices = (): void => this.current?.dismissNotices();
  answerOwnership = async (mine: boolean): Promise<void> => this.showFailure(await this.current?.answerOwnership(mine));
  dismissError = (): void => this.set({ error: null });

  // ---- opening and closing -------------------------------------------------------------------

  newProject = async (code: ProgrammeCode, title: string): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.replace({ kind: 'created', project: createProject({ programmeCode: code, title }) });
  };

  /** File → New / Ctrl+N: back to the start screen's new-project form (after asking about unsaved work). */
  requestNew = async (): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.replace(null);
    this.set({ newRequest: this.snapshot.newRequest + 1 });
  };

  openFile = async (): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.adopt(await this.api.openProject());
  };

  openRecent = async (recentId: string): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.adopt(await this.api.openRecent(recentId));
  };

  openSample = async (): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.adopt(await this.api.openSample());
  };

  openCohortMember = async (cohortId: string, file: string): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.adopt(await this.api.openCohortMember(cohortId, file));
  };

  closeProject = async (): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.replace(null);
  };

  /** A file the OS asked to open (double-click, "Open with", a second launch). */
  openDelivered = async (r: Result<OpenedDocument>): Promise<void> => {
    if (!(await this.askDiscard())) return;
    await this.adopt(r);
  };

  // ---- the world outside the document (start screen, settings) -------------------------------

  listRecent = (): Promise<Result<RecentFile[]>> => this.api.listRecent();
  listDrafts = (): Promise<Result<DraftInfo[]>> => this.api.listDrafts();
  discardDraft = (draftId: string): Promise<Result<null>> => this.api.discardDraft(draftId);

  /** A draft kept after a crash or a close, back as the unsaved project it was. */
  restoreDraft = async (draftId: string): Promise<void> => {
    if (!(await this.askDiscard())) return;
    const r = await this.api.readDraft(draftId);
    if (!r.ok) return this.showFailure(r);
    await this.replace({ kind: 'created', project: r.value, draftId });
    // Unsaved from the first moment, like any new project; written again as its draft on the next edit.
  };
  forgetRecent = (recentId: string): Promise<Result<null>> => this.api.forgetRecent(recentId);
  appInfo = (): Promise<Result<AppInfo>> => this.api.appInfo();
  /** An error for the log in the data folder: its message and stack only, never the project. */
  logError = (e: unknown, extra = ''): void => {
    const err = e instanceof Error ? e : new Error(String(e));
    void this.api.logError(err.message.slice(0, 2000), `${err.stack ?? ''}\n${extra}`.slice(0, 10_000)).catch(() => undefined);
  };
  setLanguage = (lang: Lang): Promise<Result<null>> => this.api.setLanguage(lang);
  /**
   * "Serah terima": the successor's copy, written beside whatever else the open file holds (main
   * copies that part from the file); the open document stays as it is.
   */
  saveHandoverCopy = (project: Project, suggestedName: string): Promise<Result<{ fileName: string; folder: string } | null>> =>
    this.api.saveHandoverCopy(this.current?.getSnapshot().doc?.docId ?? null, project, suggestedName);

  /** Calls that change nothing in the document: export, showing an export, choosing a picture. */
  get exporter(): Pick<AppApi, 'exportReport' | 'showExport' | 'openExport' | 'choosePicture'> {
    return this.api;
  }

  // ---- menu and shortcuts --------------------------------------------------------------------

  /** Listens to main (menu commands, files to open) until the returned function is called. */
  attach(): () => void {
    const offOpen = this.api.onOpenDocument((r) => void this.openDelivered(r));
    const offMenu = this.api.onMenuCommand((c) => void this.runMenuCommand(c));
    void this.api.rendererReady();
    return () => {
      offOpen();
      offMenu();
    };
  }

  async runMenuCommand(c: MenuCommand): Promise<void> {
    switch (c) {
      case 'undo':
        return this.undo();
      case 'redo':
        return this.redo();
      case 'save':
        return this.save();
      case 'saveAs':
        return this.current?.readOnly ? this.editCopy() : this.saveAs();
      case 'open':
        return this.openFile();
      case 'new':
        return this.requestNew();
      case 'export':
        if (this.current) window.dispatchEvent(new Event(EXPORT_EVENT));
        return;
      case 'closeRequested': {
        // A never-saved project is first kept as a draft, whatever the save dialog's answer.
        await this.current?.keepDraft();
        await this.save();
        await this.current?.settled();
        // Only close when the work really is on disk (a cancelled "save as" keeps the window open).
        const s = this.current?.getSnapshot();
        if (!s || (s.doc?.docId && !s.dirty && s.lastSave?.kind === 'saved')) await this.api.confirmClose();
        return;
      }
    }
  }

  // ---- internals -----------------------------------------------------------------------------

  /** True when it is fine to leave the current document: nothing unsaved, saved now, or let go on purpose. */
  private async askDiscard(): Promise<boolean> {
    const doc = this.current;
    if (!doc?.getSnapshot().dirty) return true;
    const choice = await new Promise<LeaveChoice>((resolve) =>
      this.set({
        discardPrompt: {
          resolve: (c) => {
            this.set({ discardPrompt: null });
            resolve(c);
          },
        },
      }),
    );
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      await doc.dropDraft();
      return true;
    }
    await this.save();
    await doc.settled();
    const s = doc.getSnapshot();
    // Leave only when the work really is in a file (a cancelled "save as" stays).
    return !!s.doc?.docId && !s.dirty && s.lastSave?.kind === 'saved';
  }

  private async adopt(r: Result<OpenedDocument | null>): Promise<void> {
    if (!r.ok) return this.showFailure(r);
    if (r.value) await this.replace({ kind: 'opened', doc: r.value });
  }

  private async replace(start: ConstructorParameters<typeof DocumentStore>[1] | null): Promise<void> {
    const old = this.current;
    this.offDoc?.();
    this.offDoc = null;
    this.current = null;
    if (old) await old.close();
    if (start) {
      const doc = new DocumentStore(this.api, start, { ...this.docOptions, place: () => this.placeOf() });
      this.current = doc;
      this.offDoc = doc.subscribe(() => this.set({ doc: doc.getSnapshot() }));
      this.set({ doc: doc.getSnapshot() });
    } else {
      void this.api.setUnsavedChanges(false);
      this.set({ doc: null });
    }
  }

  private showFailure(f: Fail | null | undefined): void {
    if (f) this.set({ error: f });
  }

  private set(patch: Partial<WorkspaceSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of [...this.listeners]) l();
  }
}

export function shortcutCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (key === 'o') return 'open';
  if (key === 'n') return 'new';
  if (key === 'e') return 'export';
  return null;
}
