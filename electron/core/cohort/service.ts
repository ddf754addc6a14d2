/**
 * The cohort methods of window.api: a coach or organiser picks a folder (main's dialog; the
 * renderer never names a path), sees the table, opens a row read-only, and exports the table.
 * The renderer refers to a cohort by an opaque id and to a row by its relative file name, which
 * main only accepts when it is one of that cohort's own rows.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { COHORT_COLUMNS } from '../../../shared/cohort/columns';
import type { InnovationProfile } from '../../../shared/cohort/profile';
import { toCsv } from '../../../shared/cohort/csv';
import { fail, failFor } from '../../../shared/errors';
import { ioReason, loggedReason } from '../ioReason';
import { reportKindForPhase } from '../../../shared/domain/reportKind';
import type { CohortFormat, CohortProgress, CohortReportsResult, CohortView, ExportResult, OpenedDocument } from '../../../shared/ipc';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { ok, type Result } from '../../../shared/result';
import { writeFileDurably } from '../durableWrite';
import { safeFileStem, withExtension } from '../fileNames';
import { readProjectFile } from '../projectFile';
import type { ReportExporter } from '../services';
import type { Dialogs } from '../ports';
import { catalogueHtml } from '../../../shared/cohort/catalogueHtml';
import type { PdfPrinter } from '../report/pdf';
import { innovationCatalogue } from './catalogue';
import { cohortWorkbook } from './spreadsheet';
import { localToday, summariseCohort, type CohortMember, type CohortSummary } from './index';

export interface CohortDeps {
  dialogs: Dialogs;
  /** The app's report exporter; without it (some tests) the batch export says so. */
  exportReport?: ReportExporter;
  /** Opens a project file read-only, as a document of the workspace. */
  openReadOnly(file: string): Promise<Result<OpenedDocument>>;
  /** Prints HTML to PDF (Chromium); without it the catalogue is offered as DOCX only. */
  printPdf?: PdfPrinter;
  /** Told how far the reading of a folder has come (throttled here). */
  onProgress?(p: CohortProgress): void;
  /** Remembers an exported file so "Buka folder" can show it. */
  rememberExport(file: string): string;
  now(): Date;
  /** The services' cap on a project file, held on the participants' files as on one opened alone. */
  fileBytes: number;
}

export interface CohortMethods {
  openCohort(): Promise<Result<CohortView | null>>;
  openCohortMember(cohortId: string, file: string): Promise<Result<OpenedDocument>>;
  exportCohort(cohortId: string, format: CohortFormat): Promise<Result<ExportResult | null>>;
  exportCohortReports(cohortId: string): Promise<Result<CohortReportsResult | null>>;
}

export function createCohortMethods(deps: CohortDeps): CohortMethods {
  const cohorts = new Map<string, CohortSummary>();
  return {
    async openCohort() {
      const folder = (await deps.dialogs.chooseCohortFolder?.()) ?? null;
      if (!folder) return ok(null);
      const summary = await summariseCohort(folder, {
        today: localToday(deps.now()),
        fileBytes: deps.fileBytes,
        onProgress: throttledProgress(deps.onProgress),
      });
      // One cohort at a time: opening another folder forgets the previous one.
      cohorts.clear();
      const cohortId = `coh-${randomBytes(6).toString('hex')}`;
      cohorts.set(cohortId, summary);
      return ok(viewOf(cohortId, summary));
    },

    async openCohortMember(cohortId, file) {
      const summary = cohorts.get(cohortId);
      const member = summary?.entries.find((e): e is CohortMember => e.ok && e.file === file);
      if (!summary || !member) return fail('NOT_FOUND', { detail: file });
      return deps.openReadOnly(path.join(summary.root, ...member.file.split('/')));
    },

    async exportCohortReports(cohortId) {
      const summary = cohorts.get(cohortId);
      if (!summary) return failFor('NOT_FOUND', 'COHORT_CLOSED');
      if (!deps.exportReport) return failFor('EXPORT_FAILED', 'MAKER_MISSING');
      const folder = (await deps.dialogs.chooseCohortReportsFolder?.()) ?? null;
      if (!folder) return ok(null);
      const started = performance.now();
      const failures: CohortReportsResult['failures'] = [];
      let exported = 0;
      // One after another: each export already uses both cores for its figures.
      for (const m of summary.entries) {
        if (!m.ok || m.duplicateOf !== null) continue;
        const read = await readProjectFile(path.join(summary.root, ...m.file.split('/')), deps.fileBytes);
        if (!read.ok) {
          failures.push({ file: m.file, failure: read });
          continue;
        }
        const project = read.value.decoded.project;
        const kind = reportKindForPhase(project.phase);
        const name = `${safeFileStem(m.file.replace(/\.rancang$/i, '').replace(/\//g, ' - '), 'Peserta')}-${kind}.docx`;
        const r = await deps.exportReport(
          { project, kind, options: { ...DEFAULT_EXPORT_OPTIONS, includeAbstrak: project.narrative.abstrak.trim() !== '' }, suggestedName: name },
          path.join(folder, name),
        );
        if (r.ok) exported++;
        else failures.push({ file: m.file, failure: r });
      }
      return ok({ folder: path.basename(folder), exported, failures, millis: Math.round(performance.now() - started), exportId: deps.rememberExport(folder) });
    },

    async exportCohort(cohortId, format) {
      const summary = cohorts.get(cohortId);
      if (!summary) return failFor('NOT_FOUND', 'COHORT_CLOSED');
      const started = performance.now();
      const stem = format === 'docx' || format === 'pdf' ? 'Katalog inovasi' : 'Rekap';
      if (format === 'pdf' && !deps.printPdf) return failFor('EXPORT_PDF_FAILED', 'PDF_PRINTER_MISSING');
      const chosen = (await deps.dialogs.chooseCohortExportPath?.(`${stem} ${path.basename(summary.root)}.${format}`, format)) ?? null;
      if (!chosen) return ok(null);
      const target = withExtension(chosen, format);
      const members = summary.entries.filter((e): e is CohortMember => e.ok);
      const profiles = () => members.filter((m) => m.duplicateOf === null).map((m) => m.profile);
      let bytes: Uint8Array;
      try {
        bytes = await cohortFile(format, summary, members, profiles, deps.printPdf);
      } catch {
        return failFor(format === 'pdf' ? 'EXPORT_PDF_FAILED' : 'EXPORT_FAILED', 'FILE_NOT_MADE');
      }
      try {
        await writeFileDurably(target, bytes);
      } catch (e) {
        // A reason code, worded where it is shown (the system's text goes to the log).
        return failFor('WRITE_FAILED', ioReason(e, 'export') ?? loggedReason(e, 'cohort export'));
      }
      const exportId = deps.rememberExport(target);
      return ok({
        exportId,
        fileName: path.basename(target),
        folder: path.dirname(target),
        bytes: bytes.length,
        millis: Math.round(performance.now() - started),
      });
    },
  };
}

function viewOf(cohortId: string, s: CohortSummary): CohortView {
  return {
    cohortId,
    folderName: path.basename(s.root),
    members: s.entries.filter((e): e is CohortMember => e.ok).map((m) => ({ file: m.file, row: m.row, future: m.future, duplicateOf: m.duplicateOf })),
    failures: s.entries.flatMap((e) => (e.ok ? [] : [{ file: e.file, failure: e.failure }])),
    truncated: s.scan.truncated,
    unreadableFolders: s.scan.unreadable.length,
  };
}

/** Progress at most every PROGRESS_EVERY_MS, and always the last step, so 500 files do not flood the window. */
const PROGRESS_EVERY_MS = 150;

function throttledProgress(send: ((p: CohortProgress) => void) | undefined): ((done: number, total: number) => void) | undefined {
  if (!send) return undefined;
  let last = -Infinity;
  return (done, total) => {
    const at = performance.now();
    if (done < total && at - last < PROGRESS_EVERY_MS) return;
    last = at;
    send({ done, total });
  };
}

/** The bytes of one cohort export: the table (XLSX, CSV) or the innovation catalogue (DOCX, PDF). */
async function cohortFile(
  format: CohortFormat,
  summary: CohortSummary,
  members: CohortMember[],
  profiles: () => InnovationProfile[],
  printPdf: PdfPrinter | undefined,
): Promise<Uint8Array> {
  const title = path.basename(summary.root);
  if (format === 'xlsx') return cohortWorkbook(summary.entries);
  if (format === 'docx') return innovationCatalogue(title, profiles());
  if (format === 'pdf') return printPdf!(catalogueHtml(title, profiles()));
  return new TextEncoder().encode(
    toCsv(
      COHORT_COLUMNS,
      members.map((m) => m.row),
    ),
  );
}
