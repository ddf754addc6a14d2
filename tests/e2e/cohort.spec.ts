/**
 * A coach opens a class folder as a cohort over the real services: the table shows every
 * participant, sorts and filters, names the damaged file, opens a row read-only and comes back,
 * exports the table as XLSX (read back with exceljs), the innovation catalogue as PDF and every participant's report into one folder.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { encodeProject } from '../../shared/model/envelope';
import { generateProject } from '../generator/project';
import { expect, test } from './support/exportFixtures';
import { seriousViolations } from './sections/support';
import { shot } from './support/dsl';

const meta = { appVersion: 'test', installId: 'peserta', savedAt: '2022-05-01T08:00:00.000Z' };

test('a coach opens a class folder, sorts, filters, opens a project read-only, exports XLSX and every report', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const kelas = path.join(app.workDir, 'Angkatan II');
  await fsp.mkdir(path.join(kelas, 'kelompok-1'), { recursive: true });
  const names = ['Budi Santoso, S.E.', 'Ani Lestari, S.Sos.', 'Citra Nasution, S.T.'];
  for (const [i, name] of names.entries()) {
    const p = generateProject({ seed: 40 + i, scale: 0.6, programme: i === 2 ? 'PKA' : 'PKP' });
    p.people.participant.name = name;
    // Budgets in the opposite order of the names, so sorting by budget visibly reorders the table.
    p.budgetLines = [{ ...p.budgetLines[0]!, volume: 1, unitCost: (3 - i) * 1_000_000 }];
    await fsp.writeFile(path.join(kelas, i === 0 ? 'kelompok-1' : '', `peserta-${i + 1}.rancang`), encodeProject(p, meta));
  }
  await fsp.writeFile(path.join(kelas, 'rusak.rancang'), '{"format":"rancang-perubahan","schemaVersion":2,"project":');

  app.dialogs.answer(kelas);
  await page.getByRole('button', { name: 'Buka folder kelas…' }).click();
  await expect(page.getByRole('heading', { name: 'Rekap kelas: Angkatan II' })).toBeVisible();
  await expect(page.getByText('3 proyek · 1 berkas bermasalah')).toBeVisible();
  const people = () => page.locator('.cohort-table .cohort-name').allInnerTexts();
  expect(await people()).toEqual(['Ani Lestari, S.Sos.', 'Budi Santoso, S.E.', 'Citra Nasution, S.T.']);
  await expect(page.getByText(/rusak\.rancang/)).toBeVisible();
  await expect(page.getByText(/Berkas terpotong/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'cohort', { fullPage: true });

  // Sort by participant descending (a second click), then by budget.
  await page.getByRole('button', { name: 'Peserta', exact: true }).click();
  expect(await people()).toEqual(['Citra Nasution, S.T.', 'Budi Santoso, S.E.', 'Ani Lestari, S.Sos.']);
  await expect(page.getByRole('columnheader', { name: /Peserta/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Anggaran', exact: true }).click();
  expect(await people()).toEqual(['Citra Nasution, S.T.', 'Ani Lestari, S.Sos.', 'Budi Santoso, S.E.']);
  await expect(page.getByRole('row', { name: /Budi Santoso/ })).toContainText('Rp3.000.000');

  // Filter by programme and search by name, by keyboard.
  await page.getByLabel('Program').selectOption('PKA');
  expect(await people()).toEqual(['Citra Nasution, S.T.']);
  await page.getByLabel('Program').selectOption('');
  await page.getByLabel('Cari nama, NIP, judul, inovasi atau instansi').fill('lestari');
  expect(await people()).toEqual(['Ani Lestari, S.Sos.']);
  await expect(page.getByText('Menampilkan 1 dari 3 proyek')).toBeVisible();

  // Open the row read-only, then close it and land back on the table.
  await page.getByRole('button', { name: 'Buka proyek Ani Lestari, S.Sos. (hanya-baca)' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await expect(page.getByRole('heading', { name: 'Rekap kelas: Angkatan II' })).toBeVisible();

  // Export the table as XLSX through main's save dialog.
  const target = path.join(app.workDir, 'rekap');
  app.dialogs.answer(target);
  await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
  await expect(page.getByText('Tersimpan: rekap.xlsx')).toBeVisible();
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'cohortExport', suggested: 'Rekap Angkatan II.xlsx' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await fsp.readFile(`${target}.xlsx`)) as unknown as ArrayBuffer);
  expect(book.getWorksheet('Peserta')!.rowCount).toBe(4);
  expect(book.getWorksheet('Berkas bermasalah')!.rowCount).toBe(2);
  await page.getByRole('button', { name: 'Buka folder' }).click();
  await expect.poll(() => app.shown).toEqual([`${target}.xlsx`]);

  // The innovation catalogue as PDF, printed by Chromium: one page per innovation after the contents.
  const catalogue = path.join(app.workDir, 'katalog');
  app.dialogs.answer(catalogue);
  await page.getByRole('button', { name: 'Katalog inovasi (PDF)' }).click();
  await expect(page.getByText('Tersimpan: katalog.pdf')).toBeVisible({ timeout: 60_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'cohortExport', suggested: 'Katalog inovasi Angkatan II.pdf' });
  expect((await fsp.readFile(`${catalogue}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');

  // Every participant's report into one folder: one DOCX per readable project, the document of its phase.
  const out = path.join(app.workDir, 'laporan-kelas');
  await fsp.mkdir(out);
  app.dialogs.answer(out);
  await page.getByRole('button', { name: 'Ekspor semua laporan…' }).click();
  await expect(page.getByTestId('cohort-reports')).toContainText('3 laporan tersimpan di folder laporan-kelas', { timeout: 150_000 });
  expect((await fsp.readdir(out)).sort()).toEqual(['kelompok-1 - peserta-1-rancangan.docx', 'peserta-2-rancangan.docx', 'peserta-3-rancangan.docx']);
  await shot(page, 'cohort-reports');
});
