/**
 * An examiner fills the lembar penilaian on a participant's file opened read-only: the example
 * template (marked as such), scores per component, the total and grade as they type; kept in the
 * review file and exported as PDF and DOCX through the real services.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { seriousViolations } from './support/axe';
import { openFile, shot, writeForeignFile } from './support/dsl';
import { expect, test } from './support/exportFixtures';

test('an examiner fills the lembar penilaian, keeps it in the review and exports it', async ({ app }) => {
  const { page } = app;
  const file = await writeForeignFile(app.workDir, 'arsip-digital.rancang');
  await openFile(app, file);
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
  await page.getByLabel('Nama lengkap dan gelar').fill('Dr. Siti Penguji, M.Si.');
  await page.getByLabel('Peran').selectOption('PENGUJI');
  await page.getByRole('button', { name: 'Mulai mengulas' }).click();

  await page.getByRole('button', { name: 'Lembar penilaian' }).click();
  const form = page.getByTestId('assessment-form');
  await expect(form).toContainText('CONTOH bawaan aplikasi');
  const scores: [string, string][] = [
    ['Substansi rancangan/laporan', '88'],
    ['Capaian milestone dan manfaat', '91'],
    ['Kepemimpinan dan kolaborasi', '86,5'],
  ];
  for (const [name, score] of scores) await page.getByLabel(`Nilai ${name} (0–100)`).fill(score.replace(',', '.'));
  await expect(page.getByTestId('assessment-total')).toHaveText('Belum lengkap: 1 komponen belum dinilai');
  await page.getByLabel('Nilai Penyajian dan tanya jawab (0–100)').fill('79');
  await expect(page.getByTestId('assessment-total')).toHaveText('Nilai akhir: 87,03 · Predikat: Memuaskan');
  await page.getByLabel('Catatan penguji').fill('Paparan jelas.');
  await page.getByLabel('Tempat').fill('Jambi');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'assessment-form');

  const pdf = path.join(app.workDir, 'Lembar Penilaian.pdf');
  app.dialogs.answer(pdf);
  await page.getByRole('button', { name: 'Ekspor lembar (PDF)' }).click();
  await expect(form.getByRole('status')).toHaveText('Lembar penilaian tersimpan: Lembar Penilaian.pdf');
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  const docx = path.join(app.workDir, 'Lembar Penilaian.docx');
  app.dialogs.answer(docx);
  await page.getByRole('button', { name: 'Ekspor lembar (DOCX)' }).click();
  await expect(form.getByRole('status')).toHaveText('Lembar penilaian tersimpan: Lembar Penilaian.docx');
  expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK');

  await page.getByRole('button', { name: 'Simpan ke ulasan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Simpan ulasan' }).click();
  await expect(page.getByTestId('review-status')).toContainText('Ulasan tersimpan');
  const saved = JSON.parse(await readFile(path.join(app.workDir, (await page.getByTestId('review-status').innerText()).match(/di (.+\.ulasan)/)![1]!), 'utf8'));
  expect(saved.review.assessment.scores.map((s: { score: number }) => s.score)).toEqual([88, 91, 86.5, 79]);
  expect(saved.review.assessment.place).toBe('Jambi');
});
