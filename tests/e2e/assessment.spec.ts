/**
 * An examiner fills the lembar penilaian on a participant's file opened read-only: the example
 * template (marked as such), scores per component, the total and grade as they type; kept in the
 * review file and exported as PDF and DOCX through the real services.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
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
  // The first PDF starts a second Chromium to print it: past the 10 s default at load 18. A hang guard.
  await expect(form.getByRole('status')).toHaveText('Lembar penilaian tersimpan: Lembar Penilaian.pdf', { timeout: 60_000 });
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

/** The organiser's own format, as a BPSDM might send it: not the example, so nothing says "contoh". */
const organiserTemplate = (weights: [number, number, number]) => ({
  format: 'rancang-perubahan-lembar-penilaian',
  name: 'Lembar Penilaian Seminar Laporan PKA Angkatan IV',
  issuer: 'BPSDM Provinsi Jambi',
  components: [
    { id: 'substansi', name: 'Kualitas substansi laporan', weight: weights[0] },
    { id: 'dampak', name: 'Dampak bagi unit kerja', weight: weights[1] },
    { id: 'paparan', name: 'Kemampuan memaparkan', weight: weights[2] },
  ],
  grades: [
    { label: 'Belum Layak', min: 0, max: 69.99 },
    { label: 'Layak', min: 70, max: 84.99 },
    { label: 'Layak dengan Pujian', min: 85, max: 100 },
  ],
});

test('an examiner loads the organiser’s format: a wrong one is refused naming why, the right one fills the sheet and its DOCX', async ({ app }) => {
  const { page } = app;
  const file = await writeForeignFile(app.workDir, 'arsip-digital.rancang');
  await openFile(app, file);
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
  await page.getByLabel('Nama lengkap dan gelar').fill('Dr. Siti Penguji, M.Si.');
  await page.getByLabel('Peran').selectOption('PENGUJI');
  await page.getByRole('button', { name: 'Mulai mengulas' }).click();
  await page.getByRole('button', { name: 'Lembar penilaian' }).click();
  const form = page.getByTestId('assessment-form');
  await expect(form).toContainText('CONTOH bawaan aplikasi');

  // Weights adding up to 99: refused, the sum named, the sheet still on the example.
  const wrong = path.join(app.workDir, 'format-salah.json');
  await writeFile(wrong, JSON.stringify(organiserTemplate([40, 30, 29])));
  app.dialogs.answer(wrong);
  await page.getByRole('button', { name: 'Muat format penilaian…' }).click();
  await expect(form.getByTestId('assessment-template-said')).toHaveText('Format penilaian ditolak: jumlah bobot komponennya 99, padahal harus tepat 100.');
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('assessment-template')).toContainText('CONTOH');
  await shot(page, 'assessment-template-refused');

  const right = path.join(app.workDir, 'format-penilaian-bpsdm.json');
  await writeFile(right, JSON.stringify(organiserTemplate([40, 30, 30])));
  app.dialogs.answer(right);
  await page.getByRole('button', { name: 'Muat format penilaian…' }).click();
  await expect(form.getByTestId('assessment-template-said')).toHaveText(
    'Format penilaian dimuat: Lembar Penilaian Seminar Laporan PKA Angkatan IV (3 komponen). Format ini dipakai untuk lembar berikutnya juga.',
  );
  await expect(page.getByTestId('assessment-template')).toContainText('BPSDM Provinsi Jambi');
  await expect(form).not.toContainText('CONTOH');
  await expect(form.getByRole('rowheader')).toHaveText(['Kualitas substansi laporan', 'Dampak bagi unit kerja', 'Kemampuan memaparkan']);
  await page.getByLabel('Nilai Kualitas substansi laporan (0–100)').fill('90');
  await page.getByLabel('Nilai Dampak bagi unit kerja (0–100)').fill('85');
  await page.getByLabel('Nilai Kemampuan memaparkan (0–100)').fill('80');
  // 36 + 25.5 + 24
  await expect(page.getByTestId('assessment-total')).toHaveText('Nilai akhir: 85,5 · Predikat: Layak dengan Pujian');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'assessment-template-loaded');

  const docx = path.join(app.workDir, 'Lembar Penilaian BPSDM.docx');
  app.dialogs.answer(docx);
  await page.getByRole('button', { name: 'Ekspor lembar (DOCX)' }).click();
  await expect(form.getByText('Lembar penilaian tersimpan: Lembar Penilaian BPSDM.docx', { exact: true })).toBeVisible();
  const xml = strFromU8(unzipSync(await readFile(docx))['word/document.xml']!);
  const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  for (const words of [
    'Lembar Penilaian Seminar Laporan PKA Angkatan IV',
    'Kualitas substansi laporan',
    'Dampak bagi unit kerja',
    'Kemampuan memaparkan',
    'Layak dengan Pujian',
  ]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('CONTOH');

  // Kept in settings: the next sheet (here: after closing without keeping) starts on it again.
  await page.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).click();
  await page.getByRole('button', { name: 'Lembar penilaian' }).click();
  await expect(page.getByTestId('assessment-template')).toContainText('Lembar Penilaian Seminar Laporan PKA Angkatan IV');
});
