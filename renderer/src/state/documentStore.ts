/**
 * One open document, outside React: its project, its edit history, its save scheduler and the
 * truth about its saving. React reads it through useSyncExternalStore (see useWorkspace.tsx), so a
 * keystroke notifies the store's subscribers and each re-renders only if what it selects changed.
 * Talks to main only through the few api calls a document needs, passed in (tests give a fake).
 */
import type { Command } from '../../../shared/domain/commands';
import { canRedo, canUndo } from '../../../shared/domain/history';
import type { SectionId } from '../../../shared/domain/sections';
import { fail } from '../../../shared/errors';
import type { AppApi, BackupInfo, FreezeRequest, OpenedDocument, VersionInfo } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import type { Fail, Result } from '../../../shared/result';
import type { DraftPlace, InvalidDraft } from './pending';
import { SaveScheduler, type Timers } from './saveScheduler';
import { isDirty, workspaceReducer, type WorkspaceAction, type WorkspaceState, initialWorkspace } from './workspaceState';

/** The readiness marks and counts follow the typing after this pause. */
export const CHECK_PAUSE_MS = 250;

export type DocumentApi = Pick<
  AppApi,
  'saveProject' | 'saveProjectAs' | 'reloadDocument' | 'closeDocument' | 'setUnsavedChanges' | 'setOwnership' | 'saveDraft' | 'discardDraft'
> &
  // Frozen versions and backups: the app always passes them; a store built only to test editing may leave them out.
  Partial<VersionApi>;

export type VersionApi = Pick<AppApi, 'freezeVersion' | 'readVersion' | 'deleteVersion' | 'listBackups' | 'readBackup' | 'restoreBackup' | 'saveBackupAs'>;

/** Where a change was made: the section on screen and the field (and row) that had the focus. */
export interface EditPlace {
  section: SectionId;
  field?: string;
  itemId?: string;
  /** The field's visible label, for the announcement ("Ruang lingkup — Teks"). */
  fieldLabel?: string;
}

/** What the last undo or redo changed, to show and say it. `seq` makes each one a new event. */
export interface HistoryMove {
  kind: 'undo' | 'redo';
  place: EditPlace | null;
  seq: number;
}

export interface DocumentState extends WorkspaceState {
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  conflictOpen: boolean;
  invalidDrafts: readonly InvalidDraft[];
  lastMove: HistoryMove | null;
  /**
   * The project as the checks (readiness marks, counts) last saw it. It follows `history.present`
   * after a short pause in typing, so keystrokes never wait for the whole-project checks.
   */
  checked: Project;
  /** When the never-saved project was last kept as a draft in the data folder; null if not (yet). */
  draftSavedAt: number | null;
  /** The frozen versions inside the file, by sequence. */
  versions: readonly VersionInfo[];
}

export interface DocumentStoreOptions {
  timers?: Timers;
  now?: () => number;
  quietMs?: number;
  maxWaitMs?: number;
  /** Where the user is editing right now; asked at each command (the UI knows, the store does not). */
  place?: () => EditPlace | null;
}

/** A new project, or a draft brought back (it keeps its draft id, so its draft is replaced, not copied). */
export type DocumentStart = { kind: 'opened'; doc: OpenedDocument } | { kind: 'created'; project: Project; draftId?: string };

const samePlace = (a: DraftPlace | undefined, b: DraftPlace | undefined) => a?.list === b?.list && a?.itemId === b?.itemId && a?.field === b?.field;

const newDraftId = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export class DocumentStore {
  private ws: WorkspaceState;
  private snapshot: DocumentState;
  private readonly listeners = new Set<() => void>();
  private readonly scheduler: SaveScheduler;
  private readonly now: () => number;
  private readonly place: () => EditPlace | null;
  /** Where each recorded state came from, so undo can say what it undid. Keyed by the project snapshot. */
  private readonly places = new WeakMap<Project, EditPlace>();
  private saving: Promise<void> | null = null;
  private reportedDirty = false;
  private conflictOpen = false;
  private invalidDrafts: InvalidDraft[] = [];
  private lastMove: HistoryMove | null = null;
  private moveSeq = 0;
  private disposed = false;
  private checked: Project;
  private checkTimer: unknown = null;
  private readonly timers: Timers;
  /** The draft of a never-saved project; null once it has a file. */
  private draftId: string | null = null;
  private draftSavedAt: number | null = null;
  private versions: readonly VersionInfo[] = [];

  constructor(
    private readonly api: DocumentApi,
    start: DocumentStart,
    options: DocumentStoreOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
    this.place = options.place ?? (() => null);
    this.scheduler = new SaveScheduler(() => void this.autosave(), options.quietMs, options.maxWaitMs, options.timers);
    this.ws = workspaceReducer(initialWorkspace(), start.kind === 'opened' ? { type: 'opened', doc: start.doc } : { type: 'created', project: start.project });
    this.checked = this.ws.history.present;
    if (start.kind === 'opened') this.versions = start.doc.versions ?? [];
    if (start.kind === 'created') this.draftId = start.draftId ?? newDraftId();
    this.snapshot = this.build();
    // A new project is unsaved from its first moment; main must know to ask before closing.
    if (this.snapshot.dirty) {
      this.reportedDirty = true;
      void this.api.setUnsavedChanges(true);
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentState => this.snapshot;

  get project(): Project {
    return this.ws.history.present;
  }

  get readOnly(): boolean {
    return this.ws.doc?.readOnlyReason != null;
  }

  // ---- editing -------------------------------------------------------------------------------

  dispatch(command: Command): void {
    const before = this.ws.history.present;
    this.apply({ type: 'command', command, now: this.now() });
    const after = this.ws.history.present;
    if (after !== before) {
      const place = this.place();
      if (place) this.places.set(after, place);
      this.edited();
    }
  }

  undo(): void {
    const undone = this.ws.history.present;
    if (this.readOnly || !canUndo(this.ws.history)) return;
    this.lastMove = { kind: 'undo', place: this.places.get(undone) ?? null, seq: ++this.moveSeq };
    this.apply({ type: 'undo' });
    this.edited();
  }

  redo(): void {
    const redone = this.ws.history.future[0];
    if (this.readOnly || !redone) return;
    this.lastMove = { kind: 'redo', place: this.places.get(redone) ?? null, seq: ++this.moveSeq };
    this.apply({ type: 'redo' });
    this.edited();
  }

  /** A field reports that it holds an invalid draft (label, and where it sits) or no longer does (null). */
  setInvalidDraft(key: string, label: string | null, place?: DraftPlace): void {
    const rest = this.invalidDrafts.filter((d) => d.key !== key);
    if (label === null && rest.length === this.invalidDrafts.length) return;
    const existing = this.invalidDrafts.find((d) => d.key === key);
    if (label !== null && existing?.label === label && samePlace(existing.place, place)) return;
    this.invalidDrafts = label === null ? rest : [...rest, { key, label, ...(place ? { place } : {}) }];
    this.emit();
  }

  dismissNotices(): void {
    this.apply({ type: 'dismissNotices' });
  }

  // ---- saving --------------------------------------------------------------------------------

  /** Writes the document over its own file. Resolves when that save (and any before it) is done. */
  async save(overwrite = false): Promise<void> {
    const doc = this.ws.doc;
    if (!doc?.docId || doc.readOnlyReason) return;
    if (this.saving) {
      await this.saving;
      if (!isDirty(this.ws) && !overwrite) return;
    }
    this.scheduler.cancel();
    const sent = this.ws.history.present;
    const docId = doc.docId;
    this.apply({ type: 'saveStarted' });
    const run = (async () => {
      const r = await this.api.saveProject(docId, sent, overwrite);
      if (this.disposed) return;
      if (r.ok) this.apply({ type: 'saveSucceeded', project: sent, savedAt: r.value.savedAt, ...(r.value.notice ? { notice: r.value.notice } : {}) });
      else {
        if (r.code === 'CONFLICT') this.conflictOpen = true;
        this.apply({ type: 'saveFailed', error: r });
      }
    })();
    this.saving = run;
    try {
      await run;
    } finally {
      this.saving = null;
    }
  }

  /** Asks main where to write and makes that file this document's; a failure comes back to show. */
  async saveAs(suggestedName?: string): Promise<Fail | null> {
    const sent = this.ws.history.present;
    const r = await this.api.saveProjectAs(sent, suggestedName ?? (sent.title.trim() || 'Proyek Perubahan'), this.ws.doc?.docId ?? null);
    if (!r.ok) return r;
    if (r.value) {
      this.apply({ type: 'savedAs', doc: r.value, project: sent });
      // In a file now: the rescue copy has done its job.
      await this.dropDraft();
    }
    return null;
  }

  /** Writes the never-saved project to its draft now (before the window closes, say). */
  async keepDraft(): Promise<void> {
    if (!this.draftId || this.ws.doc?.docId || !this.getSnapshot().dirty) return;
    const r = await this.api.saveDraft(this.draftId, this.ws.history.present);
    if (r.ok && !this.disposed) {
      this.draftSavedAt = this.now();
      this.emit();
    }
  }

  /** "Jangan simpan": the draft goes too. */
  async dropDraft(): Promise<void> {
    const id = this.draftId;
    this.draftId = null;
    this.draftSavedAt = null;
    if (id) await this.api.discardDraft(id);
  }

  /** "Sunting salinan": an editable copy of a read-only file. */
  async editCopy(): Promise<Fail | null> {
    if (this.ws.doc?.readOnlyReason === 'FUTURE_VERSION') return null;
    const stem = (this.ws.doc?.fileName ?? this.project.title ?? 'Proyek').replace(/\.rancang$/i, '');
    return this.saveAs(`${stem} (salinan)`);
  }

  async resolveConflict(choice: 'saveCopy' | 'overwrite' | 'reload' | null): Promise<Fail | null> {
    this.conflictOpen = false;
    this.emit();
    if (choice === 'saveCopy') return this.saveAs();
    if (choice === 'overwrite') await this.save(true);
    if (choice === 'reload' && this.ws.doc?.docId) {
      const r = await this.api.reloadDocument(this.ws.doc.docId);
      if (!r.ok) return r;
      this.apply({ type: 'opened', doc: r.value });
    }
    return null;
  }

  /** "Ini berkas Anda sendiri?": main remembers the answer for this file; yes makes it editable here. */
  async answerOwnership(mine: boolean): Promise<Fail | null> {
    const docId = this.ws.doc?.docId;
    if (!docId) return null;
    const r = await this.api.setOwnership(docId, mine);
    if (!r.ok) return r;
    if (!this.disposed) this.apply({ type: 'opened', doc: r.value });
    return null;
  }

  // ---- frozen versions and backups -----------------------------------------------------------

  /** "Bekukan versi": the project as it is now is saved, with a frozen copy of it inside the file. */
  async freeze(request: FreezeRequest): Promise<Fail | null> {
    const docId = this.ws.doc?.docId;
    if (!docId) return fail('NOT_SAVED_YET');
    if (this.ws.doc?.readOnlyReason) return fail('READ_ONLY');
    await this.settled();
    this.scheduler.cancel();
    const sent = this.ws.history.present;
    const r = await this.versionApi().freezeVersion(docId, sent, request);
    if (!r.ok) return r;
    if (this.disposed) return null;
    this.versions = r.value.versions;
    this.apply({ type: 'saveSucceeded', project: sent, savedAt: r.value.savedAt });
    this.emit();
    return null;
  }

  readVersion(versionId: string): Promise<Result<Project>> {
    const docId = this.ws.doc?.docId;
    return docId ? this.versionApi().readVersion(docId, versionId) : Promise.resolve(fail('VERSION_NOT_FOUND'));
  }

  async deleteVersion(versionId: string): Promise<Fail | null> {
    const docId = this.ws.doc?.docId;
    if (!docId) return fail('VERSION_NOT_FOUND');
    const r = await this.versionApi().deleteVersion(docId, versionId);
    if (!r.ok) return r;
    this.versions = r.value.versions;
    this.emit();
    return null;
  }

  listBackups(): Promise<Result<BackupInfo[]>> {
    const docId = this.ws.doc?.docId;
    return docId ? this.versionApi().listBackups(docId) : Promise.resolve({ ok: true, value: [] });
  }

  readBackup(backupId: string): Promise<Result<Project>> {
    const docId = this.ws.doc?.docId;
    return docId ? this.versionApi().readBackup(docId, backupId) : Promise.resolve(fail('BACKUP_NOT_FOUND'));
  }

  /** Brings a backup back as the file's project. Unsaved edits are saved first, so they become a backup too. */
  async restoreBackup(backupId: string): Promise<Fail | null> {
    const docId = this.ws.doc?.docId;
    if (!docId) return fail('BACKUP_NOT_FOUND');
    if (this.ws.doc?.readOnlyReason) return fail('READ_ONLY');
    if (isDirty(this.ws)) await this.save(false);
    await this.settled();
    const r = await this.versionApi().restoreBackup(docId, backupId);
    if (!r.ok) return r;
    if (!this.disposed) this.apply({ type: 'opened', doc: r.value });
    return null;
  }

  async saveBackupAs(backupId: string): Promise<Result<{ fileName: string; folder: string } | null>> {
    const docId = this.ws.doc?.docId;
    return docId ? this.versionApi().saveBackupAs(docId, backupId) : fail('BACKUP_NOT_FOUND');
  }

  /** Waits for a save under way, so closing never cuts one off. */
  async settled(): Promise<void> {
    if (this.saving) await this.saving;
  }

  async close(): Promise<void> {
    this.dispose();
    if (this.ws.doc?.docId) await this.api.closeDocument(this.ws.doc.docId);
  }

  dispose(): void {
    this.disposed = true;
    this.scheduler.cancel();
    if (this.checkTimer !== null) this.timers.clearTimeout(this.checkTimer);
    this.listeners.clear();
  }

  // ---- internals -----------------------------------------------------------------------------

  private versionApi(): VersionApi {
    const a = this.api;
    if (!a.freezeVersion || !a.readVersion || !a.deleteVersion || !a.listBackups || !a.readBackup || !a.restoreBackup || !a.saveBackupAs)
      throw new Error('versions api not given');
    return a as VersionApi;
  }

  private edited(): void {
    const doc = this.ws.doc;
    if (doc && !doc.readOnlyReason && isDirty(this.ws) && (doc.docId || this.draftId)) this.scheduler.touch();
  }

  private async autosave(): Promise<void> {
    if (this.disposed || this.ws.lastSave?.kind === 'conflict' || !isDirty(this.ws)) return;
    // Never saved to a file: keep it as a draft in the data folder instead.
    if (!this.ws.doc?.docId) return this.keepDraft();
    await this.save(false);
  }

  private apply(action: WorkspaceAction): void {
    if (action.type === 'opened' || action.type === 'savedAs') this.versions = action.doc.versions ?? [];
    const next = workspaceReducer(this.ws, action);
    if (next === this.ws) return;
    this.ws = next;
    this.emit();
  }

  private emit(): void {
    if (this.ws.history.present !== this.checked) {
      // Restarted by each edit: the whole-project checks run once typing pauses, not per keystroke.
      if (this.checkTimer !== null) this.timers.clearTimeout(this.checkTimer);
      this.checkTimer = this.timers.setTimeout(() => {
        this.checkTimer = null;
        if (this.disposed) return;
        this.checked = this.ws.history.present;
        this.emit();
      }, CHECK_PAUSE_MS);
    }
    this.snapshot = this.build();
    if (this.snapshot.dirty !== this.reportedDirty) {
      this.reportedDirty = this.snapshot.dirty;
      void this.api.setUnsavedChanges(this.reportedDirty);
    }
    for (const l of [...this.listeners]) l();
  }

  private build(): DocumentState {
    const ws = this.ws;
    const editable = !!ws.doc && !ws.doc.readOnlyReason;
    return {
      ...ws,
      dirty: isDirty(ws),
      canUndo: editable && canUndo(ws.history),
      canRedo: editable && canRedo(ws.history),
      conflictOpen: this.conflictOpen,
      invalidDrafts: this.invalidDrafts,
      lastMove: this.lastMove,
      checked: this.checked,
      draftSavedAt: this.draftSavedAt,
      versions: this.versions,
    };
  }
}
