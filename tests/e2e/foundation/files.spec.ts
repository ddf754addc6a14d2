import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/migrations';
import { expect, test } from '../support/fixtures';
import { field, openFile, readProjectOnDisk, saveStatus, shot, writeForeignFile } from '../support/dsl';

test('a damaged file gets a clear message and stays untouched', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.workDir, 'rusak.rancang');
  const bytes = Buffer.from('{"format":"rancang-perubahan","schemaVersion":2,"project":{"title":"Terpot');
  await fsp.writeFile(file, bytes);
  await openFile(app, file);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Berkas tidak dibuka');
  await expect(dialog).toContainText('Berkas terpotong');
  await expect(dialog).toContainText('Berkas di disk tidak diubah');
  await shot(page, 'foundation-error-truncated');
  await dialog.getByRole('button', { name: 'Oke' }).click();
  await expect(dialog).toBeHidden();
  expect(await fsp.readFile(file)).toEqual(bytes);
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
});

test('an invalid file names the field that is wrong', async ({ app }) => {
  const file = await writeForeignFile(app.workDir, 'skor.rancang', (p) => {
    p.issueAnalysis.issues.push({
      id: 'i1',
      statement: 'Isu',
      source: '',
      apklScores: { A: 1, P: 1, K: 1, L: 1 },
      apklChecks: { A: { ok: null, reason: '' }, P: { ok: null, reason: '' }, K: { ok: null, reason: '' }, L: { ok: null, reason: '' } },
      usg: { U: 9, S: 1, G: 1 },
    });
  });
  const before = await fsp.readFile(file);
  await openFile(app, file);
  await expect(app.page.getByRole('alertdialog')).toContainText('Analisis isu › Isu ke-1 › USG › U: nilai terlalu besar (paling tinggi 5; tertulis 9)');
  expect(await fsp.readFile(file)).toEqual(before);
});

test('a file from a newer app opens read-only with a message and is never written', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.workDir, 'masa-depan.rancang');
  const text = JSON.stringify({
    format: 'rancang-perubahan',
    schemaVersion: CURRENT_SCHEMA_VERSION + 1,
    app: { name: 'Rancang Perubahan', version: '3.0.0' },
    origin: { installId: 'lain' },
    project: { title: 'Dibuat versi baru', fiturMasaDepan: { a: 1 } },
  });
  await fsp.writeFile(file, text);
  await openFile(app, file);
  await expect(page.getByTestId('readonly-banner')).toContainText('versi aplikasi yang lebih baru');
  await expect(page.getByTestId('notices')).toContainText(`format ${CURRENT_SCHEMA_VERSION + 1}`);
  await expect(page.getByRole('button', { name: 'Sunting salinan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toHaveCount(0);
  // A read-only file opens as the document to read; the form is one button away.
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await expect(field(page, 'title')).toHaveValue('Dibuat versi baru');
  await expect(field(page, 'title')).toHaveAttribute('readonly', '');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Hanya-baca');
  expect(await fsp.readFile(file, 'utf8')).toBe(text);
});

test("an examiner opens a participant's file read-only, then edits a copy", async ({ app }) => {
  const { page } = app;
  const file = await writeForeignFile(app.workDir, 'peserta.rancang');
  const before = await fsp.readFile(file);
  await openFile(app, file);
  const banner = page.getByTestId('readonly-banner');
  await expect(banner).toContainText('dibuka hanya-baca');
  await shot(page, 'foundation-readonly-banner');
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await expect(field(page, 'participant.name')).toHaveAttribute('readonly', '');
  await field(page, 'participant.name').press('a');
  await expect(field(page, 'participant.name')).toHaveValue('Budi Santoso, S.Sos.');

  const copy = path.join(app.workDir, 'peserta (salinan).rancang');
  app.dialogs.answer(copy);
  await banner.getByRole('button', { name: 'Sunting salinan' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toContainText('peserta (salinan).rancang');
  await field(page, 'examiner.name').fill('Dr. H. Bambang Sutrisno, M.Si.');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect.poll(async () => (await readProjectOnDisk(copy)).people.examiner.name).toBe('Dr. H. Bambang Sutrisno, M.Si.');
  expect(await fsp.readFile(file)).toEqual(before);
});

test('the SIPANTAU sample opens read-only to explore', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toContainText('contoh proyek SIPANTAU');
  await expect(field(page, 'participant.name')).toHaveValue('Rahmawati Siregar, S.T., M.Si.');
  await expect(field(page, 'participant.nip')).toHaveValue('19850312 201001 2 014');
});

test('a change made outside the app is never overwritten silently', async ({ app }) => {
  const { page } = app;
  const file = await writeForeignFile(app.workDir, 'milik-saya.rancang', () => undefined, 'unused');
  // Make it "ours": save it once through the app under this installation.
  await openFile(app, file);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Sunting salinan' }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved');

  // Someone else writes the file (a sync tool, a colleague on a shared folder).
  const theirs = (await fsp.readFile(file, 'utf8')).replace('Penguatan Layanan Arsip Digital', 'Diubah di luar');
  await fsp.writeFile(file, theirs);
  await field(page, 'participant.jabatan').fill('Kepala Subbagian Umum');
  const dialog = page.getByRole('alertdialog', { name: 'Berkas diubah di luar aplikasi' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(saveStatus(page)).toHaveText('Tidak disimpan: berkas diubah di luar aplikasi');
  expect(await fsp.readFile(file, 'utf8')).toBe(theirs);
  await shot(page, 'foundation-conflict');

  const copy = path.join(app.workDir, 'versi-saya.rancang');
  app.dialogs.answer(copy);
  await dialog.getByRole('button', { name: 'Oke' }).click();
  await expect(page.getByTestId('file-name')).toContainText('versi-saya.rancang');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved');
  expect((await readProjectOnDisk(copy)).people.participant.jabatan).toBe('Kepala Subbagian Umum');
  expect(await fsp.readFile(file, 'utf8')).toBe(theirs);
});

test('after a conflict the user may overwrite on purpose (the old version is backed up)', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.workDir, 'timpa.rancang');
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buat' }).click();
  await field(page, 'title').fill('Versi saya');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved');
  await fsp.writeFile(file, (await fsp.readFile(file, 'utf8')).replace('Versi saya', 'Versi mereka'));
  await field(page, 'title').fill('Versi saya lagi');
  const dialog = page.getByRole('alertdialog', { name: 'Berkas diubah di luar aplikasi' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await dialog.getByLabel(/Timpa berkas dengan versi saya/).check();
  await dialog.getByRole('button', { name: 'Oke' }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved');
  expect((await readProjectOnDisk(file)).title).toBe('Versi saya lagi');
  const backups = await fsp.readdir(path.join(app.dataDir, 'backups'), { recursive: true });
  expect(backups.filter((n) => String(n).endsWith('.rancang')).length).toBeGreaterThanOrEqual(1);
});

test('unsaved work is not thrown away without asking', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await field(page, 'title').fill('Belum disimpan');
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('Ada perubahan yang belum disimpan');
  await ask.getByRole('button', { name: 'Batal' }).click();
  await expect(field(page, 'title')).toHaveValue('Belum disimpan');
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
});
