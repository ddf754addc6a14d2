/**
 * The laporan's appendix "Perubahan setelah seminar rancangan" as a participant turns it on:
 * freeze the rancangan, tick the setting in the versions dialog, revise the title; the reading
 * view's lampiran and the exported DOCX both carry the table that says what changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '../support/exportFixtures';
import { openSampleCopy } from '../support/sample';
import { seriousViolations } from '../sections/support';
import { shot } from '../support/dsl';

test('the changes appendix in the reading view and the DOCX', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await openSampleCopy(app);

  await page.getByTestId('open-versions').click();
  const versions = page.getByTestId('versions-dialog');
  await versions.getByLabel('Nama versi').fill('Rancangan — seminar 14 Maret 2022');
  await versions.getByRole('button', { name: 'Bekukan versi' }).click();
  await expect(versions.getByTestId('version-row')).toHaveCount(1);
  const setting = page.getByTestId('appendix-setting');
  await setting.getByRole('checkbox', { name: 'Lampirkan “Perubahan setelah seminar rancangan” di laporan' }).check();
  await expect(setting.getByLabel('Dibandingkan dengan versi')).toHaveValue('');
  await expect(setting.getByLabel('Dibandingkan dengan versi').locator('option').first()).toHaveText(
    'Versi rancangan terbaru (Rancangan — seminar 14 Maret 2022)',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'versions-appendix-setting');
  await page.getByRole('button', { name: 'Tutup', exact: true }).click();

  const title = page.locator('[data-field="title"]').first();
  await title.fill(`${await title.inputValue()} (perbaikan)`);
  await title.blur();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText('Tersimpan');

  await page.getByRole('button', { name: 'Baca dokumen' }).click();
  const article = page.getByTestId('reading-view').locator('article');
  await expect(article).toContainText('Perubahan setelah Seminar Rancangan');
  await expect(article).toContainText('versi beku “Rancangan — seminar 14 Maret 2022”');
  await expect(article).toContainText('1 kata ditambah, 0 kata dihapus');
  await article.getByRole('heading', { name: /Perubahan setelah Seminar Rancangan/ }).scrollIntoViewIfNeeded();
  await shot(page, 'reading-changes-appendix');
  await page.getByTestId('reading-close').click();

  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await expect(d).toBeVisible();
  const target = path.join(app.workDir, 'Laporan dengan perubahan');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 120_000 });
  const xml = strFromU8(unzipSync(readFileSync(`${target}.docx`))['word/document.xml']!);
  expect(xml).toContain('Perubahan setelah Seminar Rancangan');
  expect(xml).toContain('Perubahan per Bagian Sejak Seminar Rancangan');
});
