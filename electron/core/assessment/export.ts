/**
 * The examiner's lembar penilaian out of the app: DOCX through the docx library in the report's
 * style, PDF through the same Chromium printing as the report (a PdfPrinter port: Electron's in
 * the app, Debian's Chromium in the tests). The path comes from main's save dialog.
 */
import path from 'node:path';
import { Packer } from 'docx';
import { assessmentDocument } from '../../../shared/assessment/docx';
import { assessmentHtml } from '../../../shared/assessment/html';
import { fail, failFor } from '../../../shared/errors';
import type { AssessmentExported } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { ok, type Result } from '../../../shared/result';
import type { Review } from '../../../shared/review/types';
import { writeFileDurably } from '../durableWrite';
import { safeFileStem } from '../fileNames';
import { ioReason, loggedReason } from '../ioReason';
import type { Dialogs } from '../ports';
import type { PdfPrinter } from '../report/pdf';

export type AssessmentFormat = 'docx' | 'pdf';

export async function assessmentBytes(review: Review, project: Project, format: AssessmentFormat, print?: PdfPrinter): Promise<Uint8Array> {
  const sheet = review.assessment;
  if (!sheet) throw new Error('no assessment');
  if (format === 'docx') return new Uint8Array(await Packer.toBuffer(assessmentDocument(sheet, project, review.reviewer)));
  if (!print) throw new Error('no PDF printer');
  return print(assessmentHtml(sheet, project, review.reviewer));
}

export interface AssessmentDeps {
  dialogs: Dialogs;
  project(docId: string): Project | null;
  printPdf?: PdfPrinter;
}

export function createAssessmentMethods(deps: AssessmentDeps) {
  return {
    async exportAssessment(docId: string, review: Review, format: AssessmentFormat): Promise<Result<AssessmentExported | null>> {
      const project = deps.project(docId);
      if (!project) return fail('UNKNOWN_DOCUMENT');
      if (!review.assessment || review.project.id !== project.id) return failFor('BAD_ARGS', 'SHEET_NOT_FOR_PROJECT');
      const stem = safeFileStem(`Lembar Penilaian - ${project.title.trim() || 'Proyek'}`);
      const target = await deps.dialogs.chooseExportPath(`${stem}.${format}`);
      if (!target) return ok(null);
      let bytes: Uint8Array;
      try {
        bytes = await assessmentBytes(review, project, format, deps.printPdf);
      } catch (e) {
        return failFor(format === 'pdf' ? 'EXPORT_PDF_FAILED' : 'EXPORT_FAILED', loggedReason(e, 'assessment'));
      }
      try {
        await writeFileDurably(target, bytes);
      } catch (e) {
        const reason = ioReason(e, 'write');
        return failFor('WRITE_FAILED', reason ?? loggedReason(e, 'assessment'));
      }
      return ok({ fileName: path.basename(target), folder: path.dirname(target), bytes: bytes.length });
    },
  };
}
