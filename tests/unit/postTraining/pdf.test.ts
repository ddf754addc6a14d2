/**
 * The documents after training as PDF, through the same print HTML and Chromium printer as the
 * report's PDF: the implementation report (cover, daftar isi, chapters, no approval page) and the
 * handover summary on one page, read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfExporter } from '../../../electron/core/report/pdf';
import { handoverCopy, handoverRecord } from '../../../shared/domain/postTraining/handover';
import type { ExportDocument } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { chromiumPrinter, type ChromiumPrinter } from '../../../scripts/support/chromiumPrinter';
import { tempDir } from '../helpers';
import { sipantauAfter, TODAY } from './fixture';

let printer: ChromiumPrinter;
beforeAll(async () => {
  printer = await chromiumPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

async function pdfText(project: Project, document: ExportDocument): Promise<{ pages: number; text: string }> {
  const dir = await tempDir();
  const target = path.join(dir, `${document}.pdf`);
  const r = await createPdfExporter(printer.print)(
    { project, kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, suggestedName: 'x', format: 'pdf', document, asOf: TODAY },
    target,
  );
  if (!r.ok) throw new Error(r.message);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

describe('PDF of the documents after training', () => {
  it('prints the implementation report with its chapters and entries, without the seminar approval page', async () => {
    const { text } = await pdfText(sipantauAfter(), 'implementasi');
    expect(text).toContain('LAPORAN IMPLEMENTASI JANGKA MENENGAH / PANJANG');
    expect(text).toContain('DAFTAR ISI');
    expect(text).toContain('KEMAJUAN MILESTONE JANGKA MENENGAH DAN PANJANG');
    expect(text).toContain('Sektor kesehatan dan pendidikan terlacak');
    expect(text).toContain('Terlambat');
    expect(text).not.toContain('LEMBAR PENGESAHAN');
  }, 120_000);

  it('prints the handover summary on one page', async () => {
    const p = sipantauAfter();
    const successor = { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197805122005012003', jabatan: 'Kepala Bidang' };
    const copy = handoverCopy(p, handoverRecord(p, { date: TODAY, successor, note: '' }, 'st-1'), successor);
    const { pages, text } = await pdfText(copy, 'serah-terima');
    expect(pages).toBe(1);
    expect(text).toContain('RINGKASAN SERAH TERIMA');
    expect(text).toContain('kepada Dra. Siti Rahmawati, M.Si.');
    expect(text).not.toContain('DAFTAR ISI');
  }, 120_000);
});
