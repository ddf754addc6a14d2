/** The exporter main uses (and the headless command): a real DOCX written durably, failures as coded Indonesian messages. */
import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReportExporter } from '../../../electron/core/report/exporter';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { sipantau } from '../domain/sipantau';
import { servicesIn, tempDir } from '../helpers';
import { FONTS } from './support';

const request = { project: sipantau(), kind: 'rancangan' as const, options: DEFAULT_EXPORT_OPTIONS, suggestedName: 'SIPANTAU' };

describe('createReportExporter', () => {
  const exportReport = createReportExporter({ fontsDir: FONTS });

  it('writes the DOCX where asked, leaving no temp file, and says how big and how long', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'Rancangan SIPANTAU.docx');
    const r = await exportReport(request, target);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(r.value.bytes).toBe(bytes.length);
    expect(r.value.millis).toBeGreaterThan(0);
    expect(await fsp.readdir(dir)).toEqual(['Rancangan SIPANTAU.docx']);
  }, 60_000);

  it('a folder that does not exist is an EXPORT_FAILED in Indonesian, not a crash', async () => {
    const dir = await tempDir();
    const r = await exportReport(request, path.join(dir, 'tidak', 'ada', 'laporan.docx'));
    expect(r).toMatchObject({ ok: false, code: 'EXPORT_FAILED', message: 'Gagal membuat laporan DOCX: folder tujuan tidak ada' });
  }, 60_000);

  it('missing chart fonts fail the export with the reason', async () => {
    const dir = await tempDir();
    const r = await createReportExporter({ fontsDir: path.join(dir, 'fonts') })(request, path.join(dir, 'x.docx'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Gagal membuat laporan DOCX: huruf grafik tidak ditemukan di folder aplikasi/);
  });

  it('through the services: the save dialog, the result the dialog shows, "open folder" and "open document"', async () => {
    const dir = await tempDir();
    const shown: string[] = [];
    const opened: string[] = [];
    let openProblem = '';
    const shell = {
      showItemInFolder: (f: string) => shown.push(f),
      openPath: async (f: string) => {
        opened.push(f);
        return openProblem;
      },
    };
    const { services, dialogs } = await servicesIn(dir, { exportReport, shell });
    dialogs.answer(path.join(dir, 'hasil'));
    const r = await services.exportReport(request);
    expect(r.ok && r.value).toMatchObject({ fileName: 'hasil.docx', folder: dir });
    if (!r.ok || !r.value) return;
    expect((await services.showExport(r.value.exportId)).ok).toBe(true);
    expect(shown).toEqual([path.join(dir, 'hasil.docx')]);
    expect(await services.openExport(r.value.exportId)).toEqual({ ok: true, value: null });
    expect(opened).toEqual([path.join(dir, 'hasil.docx')]);
    // The system could not open it (no program for .docx): said in words, with the way round it.
    openProblem = 'No application is associated with the specified file';
    const refused = await services.openExport(r.value.exportId);
    expect(!refused.ok && refused.code).toBe('OPEN_FAILED');
    expect(!refused.ok && refused.message).toMatch(/^Dokumen tidak dapat dibuka: No application .*Buka folder/);
    // A document deleted since the export is named, and the system is not asked to open it.
    await fsp.rm(path.join(dir, 'hasil.docx'));
    const gone = await services.openExport(r.value.exportId);
    expect(!gone.ok && gone.code).toBe('NOT_FOUND');
    expect(!gone.ok && gone.message).toContain('hasil.docx');
    expect(opened).toHaveLength(2);
    expect(!(await services.openExport('exp-tidak-ada')).ok).toBe(true);
    // Cancelling the dialog writes nothing.
    expect(await services.exportReport(request)).toEqual({ ok: true, value: null });
  }, 60_000);
});
