/**
 * "Muat format penilaian…": the organiser's template (JSON, or the XLSX workbook the organiser
 * keeps), chosen in main's dialog, read with a size cap before a byte is read, checked (shared/assessment/templateFile.ts) and kept in this
 * installation's settings. Settings, not the review file: an examiner assesses a whole class on
 * the organiser's one template, so it stays for every participant's file opened afterwards; each
 * filled sheet still carries its own copy in the review file (AssessmentSchema.template), so a
 * sheet reads the same whatever template is loaded later.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { AssessmentTemplate } from '../../../shared/assessment/template';
import { decodeAssessmentTemplate, TEMPLATE_FILE_BYTES } from '../../../shared/assessment/templateFile';
import { fail, failFor } from '../../../shared/errors';
import type { AssessmentTemplateLoaded } from '../../../shared/ipc';
import { ok, type Result } from '../../../shared/result';
import { ioReason, loggedReason } from '../ioReason';
import { decodeUtf8 } from '../projectFile';
import type { Dialogs } from '../ports';
import { readTemplateWorkbook, TEMPLATE_WORKBOOK_LIMITS } from './templateWorkbook';

const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('id-ID')} KB`;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** A template file from disk (JSON, or the organiser's XLSX workbook): refused by size before reading, then decoded and checked. */
export async function readAssessmentTemplateFile(file: string): Promise<Result<AssessmentTemplate>> {
  const workbook = path.extname(file).toLowerCase() === '.xlsx';
  const limit = workbook ? TEMPLATE_WORKBOOK_LIMITS.fileBytes : TEMPLATE_FILE_BYTES;
  let bytes: Buffer;
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return failFor('READ_FAILED', 'NOT_A_REGULAR_FILE');
    if (stat.size > limit) return fail('TOO_LARGE', { size: kb(stat.size), limit: kb(limit) });
    bytes = await fsp.readFile(file);
  } catch (e) {
    const reason = ioReason(e, 'read');
    return failFor('READ_FAILED', reason ?? loggedReason(e, 'assessment-template'));
  }
  // The file may have grown between the two looks.
  if (bytes.length > limit) return fail('TOO_LARGE', { size: kb(bytes.length), limit: kb(limit) });
  // A workbook saved under another name is still read as one; its name stands in when it names no template.
  if (workbook || isZip(bytes))
    return readTemplateWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path.basename(file, path.extname(file)));
  const text = decodeUtf8(bytes);
  return text === null ? fail('INVALID_UTF8') : decodeAssessmentTemplate(text);
}

export interface TemplateDeps {
  dialogs: Dialogs;
  /** The template kept in settings, and a way to keep a new one. */
  template(): AssessmentTemplate | null;
  keepTemplate(t: AssessmentTemplate): Promise<void>;
}

export function createTemplateMethods(deps: TemplateDeps) {
  return {
    async getAssessmentTemplate(): Promise<Result<AssessmentTemplate | null>> {
      return ok(deps.template());
    },

    async loadAssessmentTemplate(): Promise<Result<AssessmentTemplateLoaded | null>> {
      const file = (await deps.dialogs.chooseAssessmentTemplate?.()) ?? null;
      if (!file) return ok(null);
      const read = await readAssessmentTemplateFile(file);
      if (!read.ok) return read;
      try {
        await deps.keepTemplate(read.value);
      } catch (e) {
        const reason = ioReason(e, 'write');
        return failFor('WRITE_FAILED', reason ?? loggedReason(e, 'assessment-template'));
      }
      return ok({ fileName: path.basename(file), template: read.value });
    },
  };
}
