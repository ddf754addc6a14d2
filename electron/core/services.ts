/**
 * The services behind window.api, in plain Node. main.ts registers them behind ipcMain; the
 * Playwright bridge calls the very same object; the headless report command uses its parts.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import { fail, failFor, type ErrorCode, type IoReason, type Lang } from '../../shared/errors';
import { notice } from '../../shared/i18n/notices';
import {
  FORMAT_EXTENSION,
  type AppApi,
  type AppInfo,
  type CohortProgress,
  type ExportRequest,
  type ExportResult,
  type FileAssociationStatus,
  type OpenedDocument,
  type RecentFile,
  type SaveResult,
} from '../../shared/ipc';
import { checkSaveBudget } from '../../shared/domain/fileBudget';
import { appendixVersion } from '../../shared/model/appendixVersion';
import { FILE_EXTENSION } from '../../shared/model/envelope';
import { LIMITS } from '../../shared/model/limits';
import type { Project } from '../../shared/model/types';
import { ok, type Result } from '../../shared/result';
import { createCohortMethods } from './cohort/service';
import { createReviewMethods } from './review/service';
import { createWordImportMethods } from './review/wordImport';
import { createAssessmentMethods } from './assessment/export';
import { createTemplateMethods } from './assessment/templateFile';
import type { PdfPrinter } from './report/pdf';
import { DocumentRegistry, type DocumentSession } from './documents';
import { DraftStore } from './drafts';
import { ErrorLog } from './errorLog';
import { ioReason, loggedReason } from './ioReason';
import { safeFileStem, withExtension } from './fileNames';
import { noLifecycle, type DesktopShell, type Dialogs, type Lifecycle } from './ports';
import { ProjectConflictError, ProjectGoneError, ProjectReadError, ProjectReadOnlyFileError, ProjectTooLargeError, versionBytes } from './projectAdapter';
import { readPictureFile } from './pictures';
import { ioFail } from './projectFile';
import { quarantineCopy } from './quarantine';
import { openSettings, OWNERSHIP_KEPT, RECENT_KEPT, type Settings } from './settingsStore';
import { createVersionMethods } from './versionService';

export type ReportExporter = (
  request: ExportRequest,
  target: string,
) => Promise<Result<{ bytes: number; millis: number; plainTexts?: number; limitedTexts?: number }>>;

export interface ServiceDeps {
  dataDir: string;
  appVersion: string;
  platform: string;
  dialogs: Dialogs;
  shell: DesktopShell;
  /** The SIPANTAU example shipped with the app. */
  samplePath: string;
  exportReport?: ReportExporter;
  /** The report as PDF (Chromium printing the print HTML). */
  exportPdf?: ReportExporter;
  /** Prints a complete HTML page to PDF (the lembar penilaian, the cohort's innovation catalogue); the same printer exportPdf uses. */
  printPdf?: PdfPrinter;
  /** The seminar slides (PPTX): same request, `format` says which. */
  exportSlides?: ReportExporter;
  /** The exhibition poster (PDF, and a PNG beside it). */
  exportPoster?: ReportExporter;
  lifecycle?: Lifecycle;
  /** Whether double-clicking a .rancang file opens this copy (electron/core/fileAssociation.ts); unknown where not given. */
  fileAssociation?: FileAssociationStatus;
  /** Sent to the window while a cohort folder is read (a few times a second at most). */
  onCohortProgress?: (p: CohortProgress) => void;
  /** Called after a language change is stored, so main can relabel its menu. */
  onLanguageChanged?: (lang: Lang) => void;
  now?: () => Date;
  /**
   * Size limits that depend on where the services run. Only the file cap for now: the app always
   * uses LIMITS.fileBytes (40 MB); an e2e run may pass a smaller cap so a save over it is reached
   * with a few pictures instead of a 41 MB file (same code, real files, only the number differs).
   */
  limits?: ServiceLimits;
}

export interface ServiceLimits {
  fileBytes: number;
}

export type Services = Omit<AppApi, 'onOpenDocument' | 'onMenuCommand' | 'onCohortProgress'> & {
  /** Opens a path the OS handed over (argv, second instance, macOS open-file). */
  openPath(file: string): Promise<Result<OpenedDocument>>;
  language(): Lang;
  logMainError(e: unknown): Promise<void>;
};

/** Failures that mean the bytes are damaged or foreign: keep a copy aside, as evidence and as a rescue. */
const QUARANTINED: ReadonlySet<ErrorCode> = new Set([
  'EMPTY_FILE',
  'NUL_BYTES',
  'INVALID_UTF8',
  'TRUNCATED',
  'NOT_JSON',
  'INVALID_PROJECT',
  'FUTURE_VERSION_UNREADABLE',
]);

export async function createServices(deps: ServiceDeps): Promise<Services> {
  const now = deps.now ?? (() => new Date());
  const lifecycle = deps.lifecycle ?? noLifecycle;
  const fileCap = deps.limits?.fileBytes ?? LIMITS.fileBytes;
  const saveFailure = (e: unknown) => saveFailureUnder(e, fileCap);
  // A full or read-only data folder must not keep the app from starting: settings then live in
  // memory for this run, backups are skipped with a notice, and the project files still save.
  let dataDirProblem: unknown = null;
  await fsp.mkdir(deps.dataDir, { recursive: true }).catch((e: unknown) => {
    dataDirProblem = e;
  });
  const settings: Low<Settings> = await openSettings(deps.dataDir, now, (e) => {
    dataDirProblem ??= e;
  });
  const saveSettings = () =>
    settings.write().then(
      () => {
        dataDirProblem = null;
      },
      (e: unknown) => {
        dataDirProblem = e;
        console.error('[settings]', e);
      },
    );
  const registry = new DocumentRegistry({ dataDir: deps.dataDir, appVersion: deps.appVersion, installId: settings.data.installId, now, fileBytes: fileCap });
  const exports = new Map<string, string>();
  const errorLog = new ErrorLog(deps.dataDir, now);
  const drafts = new DraftStore(deps.dataDir, { appVersion: deps.appVersion, installId: settings.data.installId, now }, fileCap);

  const describe = (session: DocumentSession): OpenedDocument => {
    const decoded = session.adapter.lastRead;
    return {
      docId: session.docId,
      fileName: path.basename(session.file),
      folder: path.dirname(session.file),
      project: session.db.data.project,
      readOnly: session.readOnlyReason !== null,
      readOnlyReason: session.readOnlyReason,
      savedAt: session.adapter.lastSavedAt?.toISOString() ?? null,
      fileVersion: decoded?.fileVersion ?? 0,
      notices: decoded?.notices ?? [],
      versions: session.adapter.versions.map((v) => v.info),
    };
  };

  const rememberRecent = async (file: string) => {
    const existing = settings.data.recent.find((r) => r.path === file);
    const entry = { id: existing?.id ?? `rec-${randomBytes(6).toString('hex')}`, path: file, openedAt: now().toISOString() };
    settings.data.recent = [entry, ...settings.data.recent.filter((r) => r.path !== file)].slice(0, RECENT_KEPT);
    await saveSettings();
  };

  /** sample: the shipped example; member: a participant's file opened from a cohort (always read-only, not a recent file). */
  const open = async (file: string, opts: { sample?: boolean; member?: boolean } = {}): Promise<Result<OpenedDocument>> => {
    const session = registry.create(file);
    try {
      await session.db.read();
    } catch (e) {
      registry.close(session.docId);
      if (e instanceof ProjectReadError) {
        if (QUARANTINED.has(e.failure.code)) await quarantineCopy(deps.dataDir, session.file, e.failure, now());
        return e.failure;
      }
      return ioFail(e, session.file);
    }
    const decoded = session.adapter.lastRead!;
    if (opts.sample) session.readOnlyReason = 'SAMPLE';
    else if (decoded.future) session.readOnlyReason = 'FUTURE_VERSION';
    else if ((decoded.installId !== settings.data.installId && settings.data.ownership[decoded.project.id] !== true) || opts.member)
      session.readOnlyReason = 'SHARED';
    else if (!(await writable(session.file))) session.readOnlyReason = 'FILE_READ_ONLY';
    if (!opts.sample && !opts.member) await rememberRecent(session.file);
    const doc = describe(session);
    // Another installation made it and we know nothing about it: ask once (the sample is never asked about).
    if (session.readOnlyReason === 'SHARED' && !opts.member && settings.data.ownership[decoded.project.id] === undefined) doc.askOwnership = true;
    if (decoded.future) doc.notices = [notice('FUTURE_VERSION', { version: decoded.fileVersion }), ...doc.notices];
    return ok(doc);
  };

  const withSession = async <T>(docId: string, fn: (s: DocumentSession) => Promise<Result<T>>): Promise<Result<T>> => {
    const session = registry.get(docId);
    if (!session) return fail('UNKNOWN_DOCUMENT');
    return registry.serial(session, () => fn(session));
  };

  const stamped = (project: Project): Project => ({ ...project, createdAt: project.createdAt || now().toISOString(), updatedAt: now().toISOString() });

  const rememberExport = (file: string) => {
    const exportId = `exp-${randomBytes(6).toString('hex')}`;
    exports.set(exportId, file);
    return exportId;
  };

  /** The frozen version the laporan's changes appendix compares with, read from the document's own file (never sent by the renderer). */
  const withBaseline = (request: ExportRequest): ExportRequest => {
    const { baseline: _ignored, ...rest } = request;
    const session = request.docId ? registry.get(request.docId) : undefined;
    if (!session || request.kind !== 'laporan' || !request.project.documentSettings.changesAppendix) return rest;
    const info = appendixVersion(
      session.adapter.versions.map((v) => v.info),
      request.project.documentSettings.changesAppendixVersion,
    );
    const project = info && session.adapter.versions.find((v) => v.info.id === info.id)?.project;
    return project ? { ...rest, baseline: { name: info.name, frozenAt: info.frozenAt, project } } : rest;
  };

  const services: Services = {
    language: () => settings.data.language,

    ...createVersionMethods({
      dataDir: deps.dataDir,
      appVersion: deps.appVersion,
      dialogs: deps.dialogs,
      now,
      fileBytes: fileCap,
      withSession,
      describe,
      stamped,
      writeFailure: saveFailure,
    }),

    ...createCohortMethods({
      dialogs: deps.dialogs,
      ...(deps.exportReport ? { exportReport: deps.exportReport } : {}),
      openReadOnly: (file) => open(file, { member: true }),
      ...(deps.onCohortProgress ? { onProgress: deps.onCohortProgress } : {}),
      ...(deps.printPdf ? { printPdf: deps.printPdf } : {}),
      rememberExport,
      now,
      fileBytes: fileCap,
    }),

    ...createWordImportMethods({ dialogs: deps.dialogs, project: (docId) => registry.get(docId)?.db.data.project ?? null }),
    ...createAssessmentMethods({ dialogs: deps.dialogs, project: (docId) => registry.get(docId)?.db.data.project ?? null, printPdf: deps.printPdf }),

    ...createTemplateMethods({
      dialogs: deps.dialogs,
      template: () => settings.data.assessmentTemplate,
      keepTemplate: async (t) => {
        settings.data.assessmentTemplate = t;
        await saveSettings();
      },
    }),

    ...createReviewMethods({
      dialogs: deps.dialogs,
      dataDir: deps.dataDir,
      appVersion: deps.appVersion,
      now,
      reviewer: () => settings.data.reviewer,
      setReviewer: async (r) => {
        settings.data.reviewer = r;
        await saveSettings();
      },
      document: (docId) => {
        const session = registry.get(docId);
        if (!session) return null;
        const project = session.db.data.project;
        return { file: session.file, project: { id: project.id, title: project.title } };
      },
    }),

    async appInfo(): Promise<Result<AppInfo>> {
      const info: AppInfo = { version: deps.appVersion, platform: deps.platform, language: settings.data.language, dataDir: deps.dataDir, fileBytes: fileCap };
      if (deps.fileAssociation) info.fileAssociation = deps.fileAssociation;
      if (dataDirProblem) info.dataDirNotice = failFor('DATA_DIR_UNAVAILABLE', writeReason(dataDirProblem, 'settings'));
      return ok(info);
    },

    async setLanguage(lang) {
      settings.data.language = lang;
      await saveSettings();
      deps.onLanguageChanged?.(lang);
      return ok(null);
    },

    async listRecent(): Promise<Result<RecentFile[]>> {
      const list = await Promise.all(
        settings.data.recent.map(async (r) => ({
          id: r.id,
          fileName: path.basename(r.path),
          folder: path.dirname(r.path),
          openedAt: r.openedAt,
          exists: await fsp.stat(r.path).then(
            (s) => s.isFile(),
            () => false,
          ),
        })),
      );
      return ok(list);
    },

    async forgetRecent(recentId) {
      settings.data.recent = settings.data.recent.filter((r) => r.id !== recentId);
      await saveSettings();
      return ok(null);
    },

    async openProject() {
      const file = await deps.dialogs.chooseProjectToOpen();
      if (!file) return ok(null);
      return open(file);
    },

    async openRecent(recentId) {
      const entry = settings.data.recent.find((r) => r.id === recentId);
      if (!entry) return failFor('NOT_FOUND', 'RECENT_NOT_LISTED');
      return open(entry.path);
    },

    openSample: () => open(deps.samplePath, { sample: true }),

    openPath: (file) => open(file),

    async reloadDocument(docId) {
      return withSession(docId, async (session) => {
        try {
          await session.db.read();
        } catch (e) {
          return e instanceof ProjectReadError ? e.failure : ioFail(e, session.file);
        }
        return ok(describe(session));
      });
    },

    async saveProject(docId, project, overwrite): Promise<Result<SaveResult>> {
      return withSession(docId, async (session) => {
        if (session.readOnlyReason) return fail('READ_ONLY');
        // A file over the cap could not be opened again: refuse before writing, saying what to shrink.
        const over = checkSaveBudget(project, versionBytes(session.adapter.versions), fileCap);
        if (over) return over;
        session.db.data = { project: stamped(project) };
        session.adapter.overwriteOnce = overwrite;
        try {
          await session.db.write();
        } catch (e) {
          return saveFailure(e);
        }
        const backup = session.adapter.backupProblem;
        if (backup) console.error('[backup]', backup);
        return ok({
          savedAt: session.adapter.lastSavedAt!.toISOString(),
          ...(backup ? { notice: failFor('BACKUP_FAILED', writeReason(backup, 'backup')) } : {}),
        });
      });
    },

    async saveProjectAs(project, suggestedName, fromDocId = null) {
      const source = fromDocId === null ? null : registry.get(fromDocId);
      if (fromDocId !== null && !source) return fail('UNKNOWN_DOCUMENT');
      // The frozen versions belong to the project, not to the path: the new file carries them as they are.
      const versions = source?.adapter.versions ?? [];
      const over = checkSaveBudget(project, versionBytes(versions), fileCap);
      if (over) return over;
      const chosen = await deps.dialogs.chooseProjectSavePath(`${safeFileStem(suggestedName)}.${FILE_EXTENSION}`);
      if (!chosen) return ok(null);
      const file = withExtension(chosen, FILE_EXTENSION);
      const session = registry.create(file);
      // The save dialog already asked before replacing an existing file.
      session.adapter.overwriteOnce = true;
      session.adapter.versions = versions;
      session.db.data = { project: stamped(project) };
      try {
        await session.db.write();
      } catch (e) {
        registry.close(session.docId);
        if (e instanceof ProjectTooLargeError) return tooLarge(e, fileCap);
        return writeFail(e);
      }
      await rememberRecent(session.file);
      return ok(describe(session));
    },

    async saveHandoverCopy(docId, project, suggestedName) {
      const source = docId === null ? null : registry.get(docId);
      if (docId !== null && !source) return fail('UNKNOWN_DOCUMENT');
      const versions = source?.adapter.versions ?? [];
      const over = checkSaveBudget(project, versionBytes(versions), fileCap);
      if (over) return over;
      const chosen = await deps.dialogs.chooseProjectSavePath(`${safeFileStem(suggestedName)}.${FILE_EXTENSION}`);
      if (!chosen) return ok(null);
      const file = path.resolve(withExtension(chosen, FILE_EXTENSION));
      // The successor's copy never replaces the file the leader still has open.
      if (source && file === source.file) return failFor('WRITE_FAILED', 'FILE_OPEN_HERE');
      const session = registry.create(file);
      session.adapter.overwriteOnce = true;
      // Everything the open file holds besides the project (the frozen versions, which the adapter
      // keeps, not db.data) goes along unchanged.
      session.adapter.versions = versions;
      session.db.data = { ...(source?.db.data ?? {}), project: stamped(project) };
      try {
        await session.db.write();
      } catch (e) {
        if (e instanceof ProjectTooLargeError) return tooLarge(e, fileCap);
        return writeFail(e);
      } finally {
        registry.close(session.docId);
      }
      return ok({ fileName: path.basename(file), folder: path.dirname(file) });
    },

    async setOwnership(docId, mine) {
      return withSession(docId, async (session) => {
        // Only a file from another installation is asked about; newer-version files and the sample stay read-only.
        if (session.readOnlyReason !== 'SHARED') return ok(describe(session));
        const projectId = session.db.data.project.id;
        const { [projectId]: _old, ...rest } = settings.data.ownership;
        const kept = Object.entries(rest).slice(-(OWNERSHIP_KEPT - 1));
        settings.data.ownership = { ...Object.fromEntries(kept), [projectId]: mine };
        await settings.write();
        session.readOnlyReason = mine ? null : 'SHARED';
        return ok(describe(session));
      });
    },

    async logError(message, stack) {
      await errorLog.append({ source: 'renderer', message, stack });
      return ok(null);
    },

    /** For main's own uncaught errors (not an IPC method). */
    logMainError: (e: unknown) =>
      errorLog.append({ source: 'main', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined }),

    saveDraft: (draftId, project) => drafts.save(draftId, project),
    listDrafts: () => drafts.list(),
    readDraft: (draftId) => drafts.read(draftId),
    discardDraft: (draftId) => drafts.discard(draftId),

    async closeDocument(docId) {
      registry.close(docId);
      return ok(null);
    },

    async exportReport(request): Promise<Result<ExportResult | null>> {
      const format = request.format ?? 'docx';
      const exporter = { docx: deps.exportReport, pdf: deps.exportPdf, pptx: deps.exportSlides, poster: deps.exportPoster }[format];
      if (!exporter)
        return failFor(
          ({ docx: 'EXPORT_FAILED', pdf: 'EXPORT_PDF_FAILED', pptx: 'EXPORT_SLIDES_FAILED', poster: 'EXPORT_POSTER_FAILED' } as const)[format],
          'MAKER_MISSING',
        );
      const extension = FORMAT_EXTENSION[format];
      const chosen = await deps.dialogs.chooseExportPath(`${safeFileStem(request.suggestedName, 'Laporan')}.${extension}`);
      if (!chosen) return ok(null);
      const target = withExtension(chosen, extension);
      const r = await exporter(withBaseline(request), target);
      if (!r.ok) return r;
      const exportId = rememberExport(target);
      return ok({ exportId, fileName: path.basename(target), folder: path.dirname(target), ...r.value });
    },

    async choosePicture() {
      const file = await deps.dialogs.choosePicturePath();
      if (!file) return ok(null);
      return readPictureFile(file);
    },

    async showExport(exportId) {
      const file = exports.get(exportId);
      if (!file) return failFor('NOT_FOUND', 'EXPORT_UNKNOWN');
      deps.shell.showItemInFolder(file);
      return ok(null);
    },

    async openExport(exportId) {
      const file = exports.get(exportId);
      if (!file) return failFor('NOT_FOUND', 'EXPORT_UNKNOWN');
      // Checked first: a document moved or deleted since the export is named, not a silent no-op.
      try {
        await fsp.access(file);
      } catch {
        return fail('NOT_FOUND', { detail: path.basename(file) });
      }
      const problem = await deps.shell.openPath(file);
      return problem ? fail('OPEN_FAILED', { detail: problem }) : ok(null);
    },

    async setUnsavedChanges(unsaved) {
      lifecycle.setUnsaved(unsaved);
      return ok(null);
    },

    async confirmClose() {
      lifecycle.confirmClose();
      return ok(null);
    },

    async rendererReady() {
      lifecycle.rendererReady();
      return ok(null);
    },
  };
  return services;
}

/** A refused or failed write of a document, as the failure the renderer shows. */
function saveFailureUnder(e: unknown, cap: number) {
  if (e instanceof ProjectConflictError) return fail('CONFLICT');
  if (e instanceof ProjectGoneError) return fail('FILE_GONE');
  if (e instanceof ProjectReadOnlyFileError) return fail('FILE_READ_ONLY');
  if (e instanceof ProjectTooLargeError) return tooLarge(e, cap);
  return writeFail(e);
}

function writeFail(e: unknown) {
  const reason = ioReason(e, 'write');
  return failFor('WRITE_FAILED', reason ?? loggedReason(e, 'save'));
}

const mbOf = (n: number) => `${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

/** Over the file cap: say how much of it is pictures, the part the user can shrink. */
function tooLarge(e: ProjectTooLargeError, cap: number) {
  if (e.versionBytes > 0 && e.bytes - e.versionBytes <= cap)
    return fail('VERSIONS_TOO_LARGE', { size: mbOf(e.bytes), limit: mbOf(cap), versions: mbOf(e.versionBytes) });
  return failFor('WRITE_FAILED', 'OVER_FILE_CAP', { size: mbOf(e.bytes), limit: mbOf(cap), pictures: mbOf(e.pictureBytes) });
}

/** False for a file marked read-only (0444) or on a read-only medium: it opens read-only with that reason. */
async function writable(file: string): Promise<boolean> {
  try {
    const st = await fsp.stat(file);
    // Root may write any file, so the mode bits say what the owner meant.
    if (process.platform !== 'win32' && (st.mode & 0o222) === 0) return false;
    await fsp.access(file, fsp.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why the data folder or a backup could not be written, as a reason worded where it is shown. */
function writeReason(e: unknown, where: string): IoReason {
  return ioReason(e, 'write') ?? loggedReason(e, where);
}
