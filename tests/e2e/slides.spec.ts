/**
 * The seminar slides through the export dialog, over the real services and exporters: the
 * examiner's read-only view, the PPTX format, the parts and their order by keyboard-reachable
 * buttons, the estimate, then the real file on disk with the slide count the dialog announced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/exportFixtures';
import { seriousViolations } from './sections/support';
import { shot } from './support/dsl';

test('the SIPANTAU slides are exported from the read-only view, with a part dropped and another moved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await d.getByLabel('Bahan tayang seminar (PPTX)').check();
  await expect(page.getByRole('heading', { name: 'Ekspor bahan tayang PPTX' })).toBeVisible();
  // The finished sample offers its laporan first; this is the deck of the seminar rancangan.
  await d.getByLabel(/^Rancangan Aksi Perubahan Kinerja Pelayanan/).check();
  const estimate = d.getByTestId('slide-estimate');
  await expect(estimate).toContainText(/^18 slide, kira-kira 11 menit\./);
  await expect(estimate).toContainText('Seminar biasanya memberi sekitar 10 menit');

  // Drop the schedule picture, move the budget above the team.
  await d.getByRole('checkbox', { name: 'Jadwal (gambar)' }).uncheck();
  await d.getByRole('button', { name: 'Naikkan Ringkasan anggaran' }).click();
  await expect(estimate).toContainText(/^17 slide/);
  await d.getByTestId('slide-theme').selectOption('hijau');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'export-slides');

  const target = path.join(app.workDir, 'Bahan Tayang SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 60_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggested: 'Bahan Tayang Rancangan SIPANTAU.pptx' });
  await expect(page.getByTestId('export-done')).toContainText('Bahan Tayang SIPANTAU.pptx');
  await shot(page, 'export-slides-done');

  const files = unzipSync(readFileSync(`${target}.pptx`));
  const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(17);
  const text = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
  expect(slides.map((_, i) => text(i + 1)).some((x) => x.includes('Jadwal Pelaksanaan'))).toBe(false);
  // Budget before team: the order chosen in the dialog.
  const budget = slides.findIndex((_, i) => text(i + 1).includes('Ringkasan Anggaran'));
  const team = slides.findIndex((_, i) => text(i + 1).includes('>Tim Efektif<'));
  expect(budget).toBeGreaterThan(0);
  expect(budget).toBeLessThan(team);
  expect(text(2)).toContain('<a:srgbClr val="2F6B5E"/>');
});

test('the poster is exported through the same dialog, as PDF with the print PNG beside it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await d.getByLabel('Poster pameran (PDF dan PNG)').check();
  await expect(page.getByRole('heading', { name: 'Ekspor poster' })).toBeVisible();
  await d.getByLabel(/^Rancangan Aksi Perubahan Kinerja Pelayanan/).check();
  await expect(d.getByTestId('poster-size')).toHaveValue('A3');
  await d.getByTestId('poster-size').selectOption('A2');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'export-poster');
  const target = path.join(app.workDir, 'Poster SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 90_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggested: 'Poster Rancangan SIPANTAU.pdf' });
  const pdf = readFileSync(`${target}.pdf`).toString('latin1');
  // A2 portrait: 420 × 594 mm.
  expect(pdf).toContain('/MediaBox [0 0 1190.55 1683.78]');
  expect([...readFileSync(`${target}.png`).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
});
