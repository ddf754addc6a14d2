/**
 * Frozen versions and backups as a participant meets them: freeze the rancangan right after
 * exporting it, revise, compare (the change is said in words), read the version read-only and
 * export it again exactly as it was; in "Riwayat versi", restore a backup (the file now becomes a
 * backup first).
 */
import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { listBackups } from '../../../electron/core/backups';
import { decodeProjectText } from '../../../shared/model/envelope';
import { expect, test } from '../support/exportFixtures';
import { openSampleCopy } from '../support/sample';
import { seriousViolations } from '../sections/support';
import { shot } from '../support/dsl';

const TITLE = '[data-field="title"]';

async function setTitle(page: Page, title: string) {
  const field = page.locator(TITLE).first();
  await field.fill(title);
  await field.blur();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText('Tersimpan');
}

const onDisk = (file: string) => {
  const r = decodeProjectText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

test('freeze at export, revise, compare shows the change, read and export the old version again', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const file = await openSampleCopy(app);
  const original = onDisk(file).project.title;

  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await expect(d).toBeVisible();
  // The finished sample offers its laporan first; the version frozen here is the rancangan of the first seminar.
  await d.getByLabel(/^Rancangan Aksi Perubahan Kinerja Pelayanan/).check();
  app.dialogs.answer(path.join(app.workDir, 'Rancangan seminar'));
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 90_000 });
  await expect(page.getByTestId('freeze-offer')).toBeVisible();
  await page.getByRole('button', { name: 'Bekukan versi ini…' }).click();

  const versions = page.getByTestId('versions-dialog');
  await expect(versions).toBeVisible();
  await expect(versions.getByLabel('Nama versi')).toHaveValue('Rancangan — seminar 14 Maret 2022');
  await versions.getByLabel('Catatan').fill('Dipertahankan di seminar rancangan');
  await versions.getByRole('button', { name: 'Bekukan versi' }).click();
  await expect(page.getByTestId('versions-status')).toHaveText('Versi “Rancangan — seminar 14 Maret 2022” dibekukan.');
  await expect(versions.getByTestId('version-row')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'versions-dialog');
  await page.getByRole('button', { name: 'Tutup', exact: true }).click();
  expect(onDisk(file).versions.map((v) => [v.info.name, v.info.note, v.project?.title])).toEqual([
    ['Rancangan — seminar 14 Maret 2022', 'Dipertahankan di seminar rancangan', original],
  ]);

  // Revision after the seminar.
  await setTitle(page, `${original} (perbaikan)`);

  await page.getByTestId('open-versions').click();
  await versions.getByRole('button', { name: 'Bandingkan dengan sekarang: Rancangan — seminar 14 Maret 2022' }).click();
  const compare = page.getByTestId('compare-view');
  await expect(compare).toBeVisible();
  await expect(page.getByTestId('compare-summary')).toHaveText('0 ditambah, 0 dihapus, 0 diubah, 0 dipindah, 1 teks berubah.');
  const titleDiff = page.getByTestId('compare-text-title');
  await expect(titleDiff).toContainText('Judul proyek');
  // Said in words, not by colour: the added words are wrapped in spoken markers.
  await expect(titleDiff.locator('ins')).toContainText('[mulai tambahan]');
  await expect(titleDiff.locator('ins')).toContainText('perbaikan');
  await expect(page.getByTestId('compare-milestones')).toContainText('Tidak ada perubahan.');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'versions-compare');
  await compare.getByRole('button', { name: 'Tutup perbandingan' }).click();

  // Read the frozen version, read-only.
  await page.getByTestId('open-versions').click();
  await versions.getByRole('button', { name: 'Baca: Rancangan — seminar 14 Maret 2022' }).click();
  await expect(page.getByTestId('version-banner')).toContainText('Versi beku “Rancangan — seminar 14 Maret 2022”');
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await expect(page.getByTestId('reading-view').locator('article')).not.toContainText('(perbaikan)');
  await page.getByRole('button', { name: 'Kembali ke penyuntingan' }).click();

  // Export it again, exactly as it was.
  await page.getByTestId('open-versions').click();
  await versions.getByRole('button', { name: 'Ekspor lagi: Rancangan — seminar 14 Maret 2022' }).click();
  await expect(d).toBeVisible();
  const again = path.join(app.workDir, 'Rancangan lagi');
  app.dialogs.answer(again);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 90_000 });
  // Exporting a version does not offer to freeze it again.
  await expect(page.getByTestId('freeze-offer')).toHaveCount(0);
  const xml = strFromU8(unzipSync(readFileSync(`${again}.docx`))['word/document.xml']!);
  expect(xml).not.toContain('(perbaikan)');
  expect(xml).toMatch(/Optimalisasi Layanan Informasi/i);
});

test('Riwayat versi: a backup is previewed, compared and restored, and the file it replaced is kept as a backup', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = await openSampleCopy(app);
  await setTitle(page, 'Judul kedua');
  await setTitle(page, 'Judul ketiga');
  const beforeRestore = await fsp.readFile(file);

  await page.getByTestId('open-versions').click();
  await page.getByTestId('open-history').click();
  const history = page.getByTestId('history-dialog');
  const rows = history.getByTestId('backup-row');
  await expect(rows).toHaveCount(2);
  // Newest first: the file as it was before the last save ("Judul kedua").
  await expect(rows.first()).toContainText('1 perubahan (Judul dan teks)');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'versions-history');

  await rows
    .last()
    .getByRole('button', { name: /^Pratinjau/ })
    .click();
  await expect(page.getByTestId('version-banner')).toContainText('pratinjau hanya-baca');
  await expect(page.getByTestId('reading-view').locator('article')).toContainText(/Optimalisasi Layanan Informasi/i);
  await expect(page.getByTestId('reading-view').locator('article')).not.toContainText('Judul ketiga');
  await page.getByRole('button', { name: 'Kembali ke penyuntingan' }).click();

  await page.getByTestId('open-versions').click();
  await page.getByTestId('open-history').click();
  await rows
    .first()
    .getByRole('button', { name: /^Pulihkan/ })
    .click();
  await rows.first().getByRole('button', { name: 'Pulihkan', exact: true }).click();
  await expect(page.getByTestId('history-status')).toContainText('dipulihkan');
  await expect(page.locator(TITLE).first()).toHaveValue('Judul kedua');
  expect(onDisk(file).project.title).toBe('Judul kedua');
  const backups = await Promise.all((await listBackups(app.dataDir, file)).map((b) => fsp.readFile(b)));
  expect(backups.some((b) => b.equals(beforeRestore))).toBe(true);
});
