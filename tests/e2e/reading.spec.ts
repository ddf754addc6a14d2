/**
 * The reading view over the real services: the SIPANTAU rancangan as a document built from the
 * report outline (cover, BAB I …, numbered tables and figures), contents that jump and move focus,
 * find with every match marked, zoom, the laporan switch, and back to editing — by keyboard too.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './support/exportFixtures';
import { seriousViolations } from './sections/support';
import { shot } from './support/dsl';

test('an examiner reads the SIPANTAU rancangan and laporan in the app', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Baca dokumen' }).click();
  const view = page.getByTestId('reading-view');
  const paper = view.locator('article.reading-paper');
  // The finished sample opens on its laporan; the examiner of the first seminar switches to the rancangan.
  await expect(paper).toHaveAttribute('aria-label', /^LAPORAN AKSI PERUBAHAN/);
  await view.getByLabel('Rancangan').check();
  await expect(paper).toHaveAttribute('aria-label', 'RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN');
  await expect(paper.locator('.reading-cover')).toContainText('SIPANTAU');
  await expect(paper.getByRole('heading', { name: 'BAB I PENDAHULUAN' })).toBeVisible();
  // The same numbered captions as the DOCX: tables above, figures below.
  await expect(paper.locator('figcaption').filter({ hasText: 'Tabel 1.1' })).toHaveCount(1);
  await expect(paper.locator('.reading-figure figcaption').first()).toContainText(/^Gambar \d\.\d/);
  await expect(paper).toContainText('Rp6.920.000');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'reading-rancangan');

  // Contents: a chapter jump moves the focus to its heading.
  const toc = view.getByRole('navigation', { name: 'Daftar isi' });
  await toc.getByRole('button', { name: /^BAB II / }).click();
  await expect(paper.getByRole('heading', { name: /^BAB II / })).toBeFocused();
  await toc.getByRole('button', { name: 'F. Sumber Daya dan Anggaran' }).click();
  await shot(page, 'reading-table');

  // Find: the count, Enter for the next match, Shift+Enter back.
  const find = view.getByRole('searchbox', { name: 'Cari dalam dokumen' });
  await find.fill('sipantau');
  await expect(view.getByText(/^1 dari \d+$/)).toBeVisible();
  const total = Number((await view.getByText(/^1 dari \d+$/).innerText()).split(' dari ')[1]);
  expect(total).toBeGreaterThan(3);
  await find.press('Enter');
  await expect(view.getByText(`2 dari ${total}`)).toBeVisible();
  await find.press('Shift+Enter');
  await expect(view.getByText(`1 dari ${total}`)).toBeVisible();
  await find.fill('kata yang tidak ada di dokumen');
  await expect(view.getByText(/^0 dari 0$/)).toBeVisible();

  // Zoom by keyboard.
  await view.getByRole('button', { name: 'Perbesar' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByText('110%')).toBeVisible();

  // The laporan adds its own chapter.
  await view.getByLabel('Laporan').check();
  await expect(paper).toHaveAttribute('aria-label', /^LAPORAN AKSI PERUBAHAN/);
  await expect(paper.getByRole('heading', { name: /^BAB III / })).toBeVisible();
  // The sample's evidence, marked as illustrations, in the laporan's lampiran.
  await expect(paper.locator('figcaption').filter({ hasText: /^Bukti 1\. Ilustrasi:/ })).toHaveCount(1);
  await shot(page, 'reading-laporan');

  await view.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await expect(view).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

test('the examiner saves the SIPANTAU laporan as PDF from the export dialog', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await d.getByLabel('Laporan (PDF)').check();
  await d.getByLabel(/^Laporan Aksi Perubahan/).check();
  const target = path.join(app.workDir, 'Laporan SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 100_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggested: 'Laporan SIPANTAU.pdf' });
  const text = execFileSync('pdftotext', ['-layout', `${target}.pdf`, '-'], { encoding: 'utf8' });
  expect(text).toContain('LAPORAN AKSI PERUBAHAN KINERJA PELAYANAN');
  expect(text).toContain('LEMBAR PENGESAHAN');
  expect(text).toMatch(/BAB III\s+PELAKSANAAN/);
});
