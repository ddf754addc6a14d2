/**
 * "Impor komentar Word": the participant picks, in main's dialog, the DOCX a mentor returned; main
 * checks its size before reading it, reads its comments and tracked changes against the open
 * project (electron/core/review/wordComments.ts) and answers with them as review notes, one review
 * per author, for the renderer to merge into the project's store like a .ulasan file.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail, failFor } from '../../../shared/errors';
import type { WordImportView } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { ok, type Result } from '../../../shared/result';
import { projectItemIds } from '../../../shared/wordComments/remarks';
import { remarksToReviews } from '../../../shared/wordComments/toReviews';
import { ioReason, loggedReason } from '../ioReason';
import type { Dialogs } from '../ports';
import { DOCX_LIMITS, DocxRefused } from './docxPackage';
import { readWordRemarks } from './wordComments';
import { XmlRefused } from './xml';

export interface WordImportDeps {
  dialogs: Dialogs;
  /** The open document's project (as last saved), by docId. */
  project(docId: string): Project | null;
}

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;

/** Reads a returned DOCX from disk: the size is checked before a byte is read. */
export async function readWordFile(file: string, project: Project): Promise<Result<WordImportView>> {
  let bytes: Buffer;
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return fail('READ_FAILED', { detail: path.basename(file) });
    if (stat.size > DOCX_LIMITS.fileBytes) return fail('TOO_LARGE', { size: mb(stat.size), limit: mb(DOCX_LIMITS.fileBytes) });
    bytes = await fsp.readFile(file);
  } catch (e) {
    const reason = ioReason(e, 'read');
    return failFor('READ_FAILED', reason ?? loggedReason(e, 'word-import'));
  }
  try {
    const remarks = readWordRemarks(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), projectItemIds(project));
    return ok({
      fileName: path.basename(file),
      origin: remarks.origin,
      remarks: remarks.remarks.length,
      unplaced: remarks.remarks.filter((r) => r.place.kind === 'unplaced').length,
      reviews: remarksToReviews(remarks, { id: project.id, title: project.title }),
    });
  } catch (e) {
    if (e instanceof DocxRefused) {
      return e.reason === 'TOO_LARGE'
        ? fail('TOO_LARGE', { size: mb(bytes.length), limit: mb(DOCX_LIMITS.fileBytes) })
        : fail('DOCX_UNSAFE', { detail: e.message });
    }
    return e instanceof XmlRefused ? fail('DOCX_UNREADABLE', { detail: e.message }) : failFor('DOCX_UNREADABLE', loggedReason(e, 'word-import'));
  }
}

export function createWordImportMethods(deps: WordImportDeps) {
  return {
    async importWordComments(docId: string): Promise<Result<WordImportView | null>> {
      const project = deps.project(docId);
      if (!project) return fail('UNKNOWN_DOCUMENT');
      const file = (await deps.dialogs.chooseWordToImport?.()) ?? null;
      if (!file) return ok(null);
      return readWordFile(file, project);
    },
  };
}
