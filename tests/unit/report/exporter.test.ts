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
    if (!r.ok) expect(r.message).toMatch(/^Gagal membuat laporan DOCX: huruf grafik tidak ditemukan/);
  });

  it('through the services: the save dialog, the result the dialog shows, and "open folder"', async () => {
    const dir = await tempDir();
    const shown: string[] = [];
    const { services, dialogs } = await servicesIn(dir, { exportReport, shell: { showItemInFolder: (f) => shown.push(f) } });
    dialogs.answer(path.join(dir, 'hasil'));
    const r = await services.exportReport(request);
    expect(r.ok && r.value).toMatchObject({ fileName: 'hasil.docx', folder: dir });
    if (!r.ok || !r.value) return;
    expect((await services.showExport(r.value.exportId)).ok).toBe(true);
    expect(shown).toEqual([path.join(dir, 'hasil.docx')]);
    // Cancelling the dialog writes nothing.
    expect(await services.exportReport(request)).toEqual({ ok: true, value: null });
  }, 60_000);
});
