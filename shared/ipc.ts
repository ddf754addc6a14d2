/**
 * The contract between the renderer and main: the methods of window.api, their channels and the
 * data they carry. Imported by main (handlers), preload (invoke), renderer (types) and tests
 * (the bridge). Argument schemas live in shared/ipcArgs.ts so the preload stays tiny.
 *
 * The renderer never sends a file path: main asks through a dialog, takes it from the OS, or
 * looks it up by an opaque id (recent files, open documents, exports).
 */
import type { Lang } from './errors';
import type { Notice } from './i18n/notices';
import type { Project } from './model/types';
import type { Fail, Result } from './result';
import type { ReportKind } from './domain/readiness';
import type { CohortRow } from './cohort/summary';
import type { SectionId } from './slides/sections';
import type { ThemeId } from './slides/themes';
import type { PosterSize } from './poster/sizes';
import type { Review, Reviewer, ReviewerRole } from './review/types';
import type { FreezeRequest, VersionInfo } from './model/versions';
import type { DiffSummary } from './domain/compare/compareProjects';
import type { ChangesBaseline } from './report/tables/changes';

export type { FreezeRequest, VersionInfo };

export type ReadOnlyReason = 'SHARED' | 'FUTURE_VERSION' | 'SAMPLE' | 'FILE_READ_ONLY';

export interface OpenedDocument {
  docId: string;
  fileName: string;
  /** For display only ("Dokumen/Diklat"); never sent back. */
  folder: string;
  project: Project;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason | null;
  /** ISO time the file was last written, as far as main knows. */
  savedAt: string | null;
  /** Format the file was written in, and what was repaired or migrated on the way in. */
  fileVersion: number;
  notices: Notice[];
  /**
   * Made by another installation and nothing remembered about it: the app asks once whether it is
   * the user's own file (their second computer) or someone else's (read-only stays the default).
   */
  askOwnership?: boolean;
  /** The frozen versions inside the file, by sequence (missing = none). */
  versions?: VersionInfo[];
}

/** After a version was frozen or deleted: the list as the file now holds it. */
export interface VersionsChanged {
  versions: VersionInfo[];
  savedAt: string;
}

/** One backup of the open file in the data folder ("Riwayat versi"). */
export interface BackupInfo {
  backupId: string;
  /** ISO time the backup was made (the save that replaced it). */
  madeAt: string;
  bytes: number;
  /** What differs from the file as last saved; null when the backup cannot be read. */
  summary: DiffSummary | null;
}

export interface SaveResult {
  savedAt: string;
  /** Saved, but something around it failed (the backup): worded where it is shown (failText). */
  notice?: Fail;
}

/** A project never saved to a file, kept in the data folder since its first edit. */
export interface DraftInfo {
  draftId: string;
  title: string;
  programme: string;
  savedAt: string;
}

export interface RecentFile {
  id: string;
  fileName: string;
  folder: string;
  openedAt: string;
  exists: boolean;
}

/**
 * Whether double-clicking a .rancang file opens this copy of the app, as far as main can tell from
 * how it was installed: 'unavailable' (portable exe, AppImage, unpacked folder) makes the start
 * screen explain "Open with"; 'unknown' (development) shows nothing.
 */
export type FileAssociationStatus = 'registered' | 'unavailable' | 'unknown';

export interface AppInfo {
  version: string;
  platform: string;
  language: Lang;
  /** Where backups and quarantined files are kept, shown in Help. */
  dataDir: string;
  /** The file cap a project must fit (LIMITS.fileBytes), for the picture budget shown where pictures are added. */
  fileBytes: number;
  fileAssociation?: FileAssociationStatus;
  /** Set when the data folder cannot be written (disk full, read-only): settings and backups are not kept. */
  dataDirNotice?: Fail;
}

export interface ExportOptions {
  includeKataPengantar: boolean;
  includeAbstrak: boolean;
  includeFigures: boolean;
  includeConsultations: boolean;
  includeEvidenceIndex: boolean;
}

/** What the export writes: the report (DOCX or PDF), the seminar slides (PPTX) or the exhibition poster (PDF, with a PNG beside it). */
export const EXPORT_FORMATS = ['docx', 'pdf', 'pptx', 'poster'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension each format is saved with. */
export const FORMAT_EXTENSION: Record<ExportFormat, string> = { docx: 'docx', pdf: 'pdf', pptx: 'pptx', poster: 'pdf' };

/**
 * Which document a DOCX/PDF export makes: the report of the phase (rancangan or laporan, by `kind`),
 * the implementation report after training, or the one-page handover summary (issue 15).
 */
export const EXPORT_DOCUMENTS = ['report', 'implementasi', 'serah-terima'] as const;
export type ExportDocument = (typeof EXPORT_DOCUMENTS)[number];

export interface SlideExportOptions {
  theme: ThemeId;
  /** Parts in the order shown; empty = the default of the seminar. */
  sections: SectionId[];
}

export interface ExportRequest {
  project: Project;
  kind: ReportKind;
  options: ExportOptions;
  /** Suggested file name (no folder); main adds the format's extension and asks where to save. */
  suggestedName: string;
  /** Missing = the DOCX report. */
  format?: ExportFormat;
  /** Missing = 'report'. */
  document?: ExportDocument;
  /** The user's local day (YYYY-MM-DD) the implementation report and the handover summary speak of; missing = main's today. */
  asOf?: string;
  /** The theme also colours the poster. */
  slides?: SlideExportOptions;
  poster?: { size: PosterSize };
  /** The open document the project comes from: main reads the frozen version the laporan's changes appendix compares with from its file. */
  docId?: string;
  /** Filled by main from docId (the renderer's own is dropped by the argument check): the version the changes appendix compares with. */
  baseline?: ChangesBaseline;
}

export interface ExportResult {
  exportId: string;
  fileName: string;
  folder: string;
  bytes: number;
  millis: number;
  /** Long texts printed partly as plain text because formatting them ran out of time (shared/text/textBounds.ts). */
  plainTexts?: number;
  /** Long texts printed partly as plain text because a paragraph is over the text bounds: nested too deep, too long, too many markers. */
  limitedTexts?: number;
}

/** A picture the user chose (logo, evidence photo), read and checked by main. */
export interface PictureFile {
  name: string;
  mime: 'image/png' | 'image/jpeg';
  /** Base64 of the bytes, as the project stores it. */
  data: string;
  width: number;
  height: number;
  bytes: number;
  /** Set when the picture was made report-sized on import (electron/core/pictureDownscale.ts): what was chosen. */
  original?: { width: number; height: number; bytes: number };
}

/** Reading a cohort folder: project files read so far of those found. */
export interface CohortProgress {
  done: number;
  total: number;
}

/** A file of the cohort that could not be read or exported: the failure as a code, worded where it is shown. */
export interface CohortFileFailure {
  file: string;
  failure: Fail;
}

/** A cohort folder as the renderer sees it: rows and problem files, named relative to the folder. */
export interface CohortView {
  cohortId: string;
  folderName: string;
  members: { file: string; row: CohortRow; future: boolean; duplicateOf: string | null }[];
  failures: CohortFileFailure[];
  /** The folder was too large or too deep: some files were not read. */
  truncated: boolean;
  unreadableFolders: number;
}

/** Every participant's report exported into one folder: how many, and what failed and why. */
export interface CohortReportsResult {
  /** Folder name, for display. */
  folder: string;
  exported: number;
  failures: CohortFileFailure[];
  millis: number;
  /** For "Buka folder". */
  exportId: string;
}

/** xlsx: the table, milestones and innovation profiles; csv: the table; docx: the innovation catalogue. */
/** docx and pdf are the innovation catalogue; xlsx and csv the table. */
export const COHORT_FORMATS = ['xlsx', 'csv', 'docx', 'pdf'] as const;
export type CohortFormat = (typeof COHORT_FORMATS)[number];

/** What a reviewer says once about themselves (kept in settings; main gives the stable id). */
export interface ReviewerIdentity {
  name: string;
  role: ReviewerRole;
  nip: string;
}

/** A review file read by main: the reviewer's own (to continue) or one to import. */
export interface ReviewFileView {
  fileName: string;
  review: Review;
  /** Written by a newer version: shown and importable, never written over. */
  future: boolean;
  savedAt: string;
  notices: Notice[];
}

/** A returned DOCX's comments and tracked changes, read against the open project (electron/core/review/wordImport.ts). */
export interface WordImportView {
  fileName: string;
  /** 'other-project' or 'unmarked': every note is unplaced, and the UI warns. */
  origin: import('./wordComments/remarks').DocumentOrigin;
  /** Comments and tracked changes read. */
  remarks: number;
  unplaced: number;
  /** The notes, one review per author, to merge like a .ulasan file. */
  reviews: Review[];
}

/** An organiser's assessment template loaded and kept in settings ("Muat format penilaian…"). */
export interface AssessmentTemplateLoaded {
  fileName: string;
  template: import('./assessment/template').AssessmentTemplate;
}

export interface AssessmentExported {
  fileName: string;
  /** For display only. */
  folder: string;
  bytes: number;
}

export interface ReviewSaved {
  fileName: string;
  /** For display only. */
  folder: string;
  savedAt: string;
}

/** Commands main sends to the renderer: from the native menu, or on close. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'export', 'closeRequested'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppApi {
  appInfo(): Promise<Result<AppInfo>>;
  setLanguage(lang: Lang): Promise<Result<null>>;
  listRecent(): Promise<Result<RecentFile[]>>;
  forgetRecent(recentId: string): Promise<Result<null>>;
  /** Shows the open dialog; null when the user cancels. */
  openProject(): Promise<Result<OpenedDocument | null>>;
  openRecent(recentId: string): Promise<Result<OpenedDocument>>;
  /** The SIPANTAU example, read-only, to explore. */
  openSample(): Promise<Result<OpenedDocument>>;
  /** Reads the document's file again (after a conflict, or to drop local changes). */
  reloadDocument(docId: string): Promise<Result<OpenedDocument>>;
  /** Saves over the document's own file. Refused with CONFLICT when someone else changed it, unless overwrite. */
  saveProject(docId: string, project: Project, overwrite: boolean): Promise<Result<SaveResult>>;
  /**
   * Shows the save dialog and writes a new file that becomes an editable document; null when
   * cancelled. fromDocId: the open document being saved under a new name, whose frozen versions the
   * new file carries unchanged (null or absent for a project never saved).
   */
  saveProjectAs(project: Project, suggestedName: string, fromDocId?: string | null): Promise<Result<OpenedDocument | null>>;
  /**
   * "Serah terima proyek": writes the successor's copy where the user chooses. Everything else the
   * open document's file holds (frozen versions and whatever later formats add) is copied as it is;
   * the document itself stays open and unchanged. Null when cancelled.
   */
  saveHandoverCopy(docId: string | null, project: Project, suggestedName: string): Promise<Result<{ fileName: string; folder: string } | null>>;
  closeDocument(docId: string): Promise<Result<null>>;
  /** Keeps a never-saved project in the data folder (hot exit); the id is the renderer's, the path main's. */
  saveDraft(draftId: string, project: Project): Promise<Result<null>>;
  listDrafts(): Promise<Result<DraftInfo[]>>;
  /** A renderer error (message and stack only, no project content) for the log in the data folder. */
  logError(message: string, stack: string): Promise<Result<null>>;
  readDraft(draftId: string): Promise<Result<Project>>;
  discardDraft(draftId: string): Promise<Result<null>>;
  /** The answer to "Ini berkas Anda sendiri?", remembered for this file; the document comes back editable or read-only. */
  setOwnership(docId: string, mine: boolean): Promise<Result<OpenedDocument>>;
  exportReport(request: ExportRequest): Promise<Result<ExportResult | null>>;
  /** Shows the open dialog for a PNG/JPEG picture and returns it checked; null when cancelled. */
  choosePicture(): Promise<Result<PictureFile | null>>;
  showExport(exportId: string): Promise<Result<null>>;
  /** Shows the folder dialog and summarises every project under it (read-only); null when cancelled. */
  openCohort(): Promise<Result<CohortView | null>>;
  /** Opens one row of the open cohort, read-only. */
  openCohortMember(cohortId: string, file: string): Promise<Result<OpenedDocument>>;
  /** Saves the cohort table (XLSX, CSV) or the innovation catalogue (DOCX) where the user chooses; null when cancelled. */
  exportCohort(cohortId: string, format: CohortFormat): Promise<Result<ExportResult | null>>;
  /** Exports every participant's report (the document of its phase) into a folder the user chooses; null when cancelled. */
  exportCohortReports(cohortId: string): Promise<Result<CohortReportsResult | null>>;
  /** Opens the exported document in the program the system uses for .docx (Word, LibreOffice, WPS). */
  openExport(exportId: string): Promise<Result<null>>;
  /** Tells main whether the renderer holds unsaved changes, for the prompt on close. */
  setUnsavedChanges(unsaved: boolean): Promise<Result<null>>;
  /** The renderer finished closing after a close request (saved or discarded). */
  confirmClose(): Promise<Result<null>>;
  /** Called once listeners are attached; main then delivers files the OS asked to open. */
  rendererReady(): Promise<Result<null>>;
  /** The reviewer identity kept in settings, or null before it is given. */
  getReviewer(): Promise<Result<Reviewer | null>>;
  setReviewer(identity: ReviewerIdentity): Promise<Result<Reviewer>>;
  /** This reviewer's review file beside the document's project, to continue it; null when there is none yet. */
  loadOwnReview(docId: string): Promise<Result<ReviewFileView | null>>;
  /** Saves the review file beside the document's project (never the project itself). */
  saveReview(docId: string, review: Review): Promise<Result<ReviewSaved>>;
  /** Shows the open dialog for a .ulasan file and returns it checked against the document's project; null when cancelled. */
  importReviewFile(docId: string): Promise<Result<ReviewFileView | null>>;
  /** Shows the open dialog for a DOCX returned with comments and reads them as review notes; null when cancelled. */
  importWordComments(docId: string): Promise<Result<WordImportView | null>>;
  /** Saves the review's lembar penilaian as DOCX or PDF where main's dialog says; null when cancelled. */
  exportAssessment(docId: string, review: Review, format: 'docx' | 'pdf'): Promise<Result<AssessmentExported | null>>;
  /** The organiser's assessment template kept in settings; null while only the shipped example is there. */
  getAssessmentTemplate(): Promise<Result<import('./assessment/template').AssessmentTemplate | null>>;
  /** Shows the open dialog for an assessment template (JSON), checks it and keeps it in settings; null when cancelled. */
  loadAssessmentTemplate(): Promise<Result<AssessmentTemplateLoaded | null>>;
  /** Saves the project with a new frozen version of it inside the file ("Bekukan versi"). */
  freezeVersion(docId: string, project: Project, request: FreezeRequest): Promise<Result<VersionsChanged>>;
  /** One frozen version's project, read-only. */
  readVersion(docId: string, versionId: string): Promise<Result<Project>>;
  /** Removes a frozen version from the file (written at once). */
  deleteVersion(docId: string, versionId: string): Promise<Result<VersionsChanged>>;
  /** The backups of the open file, newest first. */
  listBackups(docId: string): Promise<Result<BackupInfo[]>>;
  readBackup(docId: string, backupId: string): Promise<Result<Project>>;
  /** Makes a backup's project the file's; the current file becomes a backup first. */
  restoreBackup(docId: string, backupId: string): Promise<Result<OpenedDocument>>;
  /** Writes a backup, byte for byte, where the user chooses; null when cancelled. */
  saveBackupAs(docId: string, backupId: string): Promise<Result<{ fileName: string; folder: string } | null>>;
  onOpenDocument(listener: (r: Result<OpenedDocument>) => void): () => void;
  onMenuCommand(listener: (c: MenuCommand) => void): () => void;
  /** How far main has read a cohort folder being opened (files read of files found). */
  onCohortProgress(listener: (p: CohortProgress) => void): () => void;
}

export type InvokeMethod = Exclude<keyof AppApi, 'onOpenDocument' | 'onMenuCommand' | 'onCohortProgress'>;

export const INVOKE_METHODS = [
  'appInfo',
  'setLanguage',
  'listRecent',
  'forgetRecent',
  'openProject',
  'openRecent',
  'openSample',
  'reloadDocument',
  'saveProject',
  'saveProjectAs',
  'saveHandoverCopy',
  'closeDocument',
  'setOwnership',
  'saveDraft',
  'listDrafts',
  'readDraft',
  'discardDraft',
  'logError',
  'exportReport',
  'choosePicture',
  'showExport',
  'openExport',
  'setUnsavedChanges',
  'confirmClose',
  'rendererReady',
  'openCohort',
  'openCohortMember',
  'exportCohort',
  'exportCohortReports',
  'getReviewer',
  'setReviewer',
  'loadOwnReview',
  'saveReview',
  'importReviewFile',
  'importWordComments',
  'exportAssessment',
  'getAssessmentTemplate',
  'loadAssessmentTemplate',
  'freezeVersion',
  'readVersion',
  'deleteVersion',
  'listBackups',
  'readBackup',
  'restoreBackup',
  'saveBackupAs',
] as const satisfies readonly InvokeMethod[];

/** Every channel carries the app's prefix, so main can refuse anything else outright. */
export const CHANNEL_PREFIX = 'rancang:';
export const channelOf = (method: InvokeMethod) => `${CHANNEL_PREFIX}${method}`;
export const PUSH_CHANNELS = {
  openDocument: 'rancang:push.openDocument',
  menuCommand: 'rancang:push.menuCommand',
  cohortProgress: 'rancang:push.cohortProgress',
} as const;
