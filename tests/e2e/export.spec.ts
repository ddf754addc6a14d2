/**
 * The export dialog over the real services and the real exporter: choose the document and its
 * parts, see the readiness check, export (anyway), the save dialog in main, progress, the result
 * and "Buka folder"; cancelling writes nothing; a failure is said in Indonesian.
 */
import { readFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/exportFixtures';
import { seriousViolations } from './sections/support';
import { openSampleBeforeRealisation } from './support/sample';
import { hostileCorpus } from '../hostile/corpus';
import { shot } from './support/dsl';

const dialog = (page: import('@playwright/test').Page) => page.getByTestId('export-dialog');

test('the examiner exports the SIPANTAU rancangan from the read-only view and opens its folder', async ({ app }) => {
  test.setTimeout(120_000); // a full DOCX export with rasterised charts, read back from disk
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  // The file opens asynchronously; the shortcut belongs to the workspace, so wait until it is there.
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.keyboard.press('Control+e');
  const d = dialog(page);
  await expect(d).toBeVisible();
  await expect(d.getByText('Berkas ini dibuka hanya-baca')).toBeVisible();
  // The finished sample offers its laporan first; the examiner of the first seminar picks the rancangan.
  await expect(d.getByLabel('Laporan Aksi Perubahan Kinerja Pelayanan (untuk seminar laporan)')).toBeChecked();
  await d.getByLabel('Rancangan Aksi Perubahan Kinerja Pelayanan (untuk seminar rancangan)').check();
  await expect(d.getByTestId('export-verdict')).toHaveText('Siap diekspor.');
  await expect(d.getByText('Tidak ada temuan.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'export-dialog');

  await d.getByLabel('Lampiran lembar konsultasi').uncheck();
  const target = path.join(app.workDir, 'Rancangan SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 60_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggested: 'Rancangan SIPANTAU.docx' });
  await expect(page.getByTestId('export-done')).toContainText(`Rancangan SIPANTAU.docx`);
  await expect(page.getByTestId('export-done')).toContainText(`tersimpan di ${app.workDir}`);
  await shot(page, 'export-done');

  await page.getByTestId('export-open-folder').click();
  await expect.poll(() => app.shown).toEqual([`${target}.docx`]);
  // "Buka dokumen" beside "Buka folder": the system opens the .docx itself.
  await page.getByRole('button', { name: 'Buka dokumen' }).click();
  await expect.poll(() => app.opened).toEqual([`${target}.docx`]);
  await expect(page.getByTestId('export-open-problem')).toHaveCount(0);
  const files = unzipSync(readFileSync(`${target}.docx`));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('LEMBAR PERSETUJUAN');
  expect(xml).not.toContain('Lembar Konsultasi');
  // Five charts (the fishbone among them) and the sample's three evidence pictures (the evidence index is on by default).
  expect(Object.keys(files).filter((f) => f.startsWith('word/media/'))).toHaveLength(8);
  await page.getByRole('button', { name: 'Tutup' }).click();
  await expect(d).toBeHidden();
});

test('a new project must be exported anyway; cancelling the save dialog writes nothing; a finding leads to its field', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await page.getByRole('button', { name: 'Ekspor DOCX' }).click();
  const d = dialog(page);
  await expect(d.getByTestId('export-verdict')).toContainText(/Masih ada \d+ hal yang harus diperbaiki/);
  const run = page.getByTestId('export-run');
  await expect(run).toHaveText('Ekspor tetap');
  await shot(page, 'export-dialog-findings');
  app.dialogs.answer(null);
  await run.click();
  await expect(d.getByText('Ekspor dibatalkan; tidak ada berkas yang ditulis.')).toBeVisible();
  await expect(d).toHaveAttribute('data-step', 'choose');

  await d.locator('[data-code="NO_TITLE"] button').click();
  await expect(d).toBeHidden();
  await expect(page.locator('[data-field="title"]')).toBeFocused();
});

test('the laporan lists what is still missing, and a folder that is gone fails in words', async ({ app }) => {
  const { page } = app;
  await openSampleBeforeRealisation(app);
  await page.getByRole('button', { name: 'Ekspor DOCX' }).click();
  const d = dialog(page);
  await expect(d.getByLabel(/Laporan Aksi Perubahan Kinerja Pelayanan/)).toBeChecked();
  await expect(d.locator('[data-code="MILESTONE_NO_REALISATION"]')).toHaveCount(7);
  await expect(d.getByTestId('export-verdict')).toHaveText(/Masih ada 7 hal yang harus diperbaiki/);
  app.dialogs.answer(path.join(app.workDir, 'tidak-ada', 'Laporan'));
  await page.getByTestId('export-run').click();
  await expect(d.getByTestId('export-error')).toHaveText('Gagal membuat laporan DOCX: folder tujuan tidak ada');
  await shot(page, 'export-failed');
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(d).toHaveAttribute('data-step', 'choose');
});

test('a long text nested too deep is exported as plain text there, and the result says so', async ({ app }) => {
  test.setTimeout(8 * 60_000); // a full DOCX export of a finished project with two hostile texts, on a shared machine
  const { page } = app;
  // The hostile corpus's quotes nested thousands deep, in two narrative texts of the finished sample.
  const hostile = hostileCorpus().find((c) => c.id === 'deepNesting-quotes')!;
  const file = path.join(app.workDir, 'Kutipan bersarang.rancang');
  await fsp.writeFile(file, hostile.text);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await page.getByRole('button', { name: 'Ekspor DOCX' }).click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  app.dialogs.answer(path.join(app.workDir, 'Laporan bersarang'));
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 7 * 60_000 });
  await expect(page.getByTestId('export-limited-texts')).toHaveText(
    '2 teks panjang memuat paragraf yang bersarang terlalu dalam, terlalu panjang atau bertanda terlalu banyak, jadi paragraf itu dicetak sebagai teks biasa (semua katanya tetap ada). Sederhanakan daftar atau kutipannya agar formatnya tetap.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'export-limited-texts');
  const xml = strFromU8(unzipSync(readFileSync(path.join(app.workDir, 'Laporan bersarang.docx')))['word/document.xml']!);
  expect(xml).toContain('&gt;&gt;&gt;&gt;');
});
