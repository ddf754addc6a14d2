/**
 * What the services need from the desktop, passed in so the same services run under Electron,
 * under the Playwright bridge and in the headless report command.
 */
export interface Dialogs {
  /** Path of a .rancang file the user picked, or null. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Where to save a project; the suggestion is a file name without folder. */
  chooseProjectSavePath(suggestedFileName: string): Promise<string | null>;
  chooseExportPath(suggestedFileName: string): Promise<string | null>;
  /** Path of a PNG/JPEG picture (logo, evidence photo), or null. */
  choosePicturePath(): Promise<string | null>;
  /** A folder of participants' projects (a cohort), or null. Optional: hosts without a cohort view (tests, scripts) leave it out. */
  chooseCohortFolder?(): Promise<string | null>;
  /** Where to save the cohort table; the suggestion is a file name without folder. */
  /** A folder to export every participant's report into, or null. */
  chooseCohortReportsFolder?(): Promise<string | null>;
  /** A review file (.ulasan) to import, or null. Optional like the cohort dialogs. */
  chooseReviewToOpen?(): Promise<string | null>;
  /** A DOCX returned with comments, to import as review notes, or null. Optional like the review dialog. */
  chooseWordToImport?(): Promise<string | null>;
  /** An organiser's assessment template (JSON) to load, or null. Optional like the review dialog. */
  chooseAssessmentTemplate?(): Promise<string | null>;
  chooseCohortExportPath?(suggestedFileName: string, format: 'xlsx' | 'csv' | 'docx' | 'pdf'): Promise<string | null>;
}

export interface DesktopShell {
  showItemInFolder(file: string): void;
  /** Opens a file with the system's program for it; resolves to an error message, or '' when it opened (Electron's shell.openPath). */
  openPath(file: string): Promise<string>;
}

/** Window lifecycle signals the renderer sends; only the Electron glue acts on them. */
export interface Lifecycle {
  setUnsaved(unsaved: boolean): void;
  confirmClose(): void;
  rendererReady(): void;
}

export const noLifecycle: Lifecycle = { setUnsaved: () => undefined, confirmClose: () => undefined, rendererReady: () => undefined };
