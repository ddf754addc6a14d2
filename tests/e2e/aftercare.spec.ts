/**
 * After the seminar (issue 15), over the real services and exporter: progress entries on SIPANTAU
 * once the laporan is done, the due/late dashboard, the implementation report, the handover copy
 * opened again with the new leader and the history; a dated stakeholder position and its path.
 */
import * as fsp from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { goTo, openSampleCopy, seriousViolations, shootSection } from './sections/support';
import { readProjectOnDisk, shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';

async function png(dir: string, name: string): Promise<string> {
  const img = new PNG({ width: 320, height: 200 });
  for (let i = 0; i < img.data.length; i += 4) img.data.set([40, 120, 90, 255], i);
  const file = path.join(dir, name);
  await fsp.writeFile(file, PNG.sync.write(img));
  return file;
}

test('progress after the laporan, the dashboard, the implementation report and a handover copy that opens with the new leader', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const file = await openSampleCopy(app);
  // Before implementation the post-training group is not there; the finished sample (phase FINAL) shows it.
  await goTo(page, 'identitas');
  await page.locator('[data-field="phase"]').selectOption('DRAFTING');
  await expect(page.locator('.sidebar [data-section="pasca-kemajuan"]')).toHaveCount(0);
  await page.locator('[data-field="phase"]').selectOption('FINAL');
  await expect(page.locator('.sidebar [data-section="pasca-kemajuan"]')).toBeVisible();
  await goTo(page, 'pasca-kemajuan');

  // Today is after every planned end of SIPANTAU's medium- and long-term milestones.
  await expect(page.getByTestId('due-counts')).toContainText('5 terlambat');
  const mm1 = page.locator('[data-milestone-entries]').first();
  const mm1Id = (await mm1.getAttribute('data-milestone-entries'))!;
  await mm1.getByRole('button', { name: /Catat kemajuan/ }).click();
  const entry = mm1.locator('[data-entry]').first();
  // The new entry's first field has the focus: type straight away.
  await expect(entry.locator('[data-field="happened"]')).toBeFocused();
  await page.keyboard.type('Perluasan ke sektor kesehatan dimulai bersama Dinkes');
  await entry.locator('[data-field="achievementPct"]').fill('60');
  await entry.locator('[data-field="problems"]').fill('Data sektor kesehatan belum seragam');
  await entry.locator('[data-field="nextStep"]').fill('Rapat penyeragaman data');
  await entry.locator('[data-field="nextStep"]').press('Tab');
  app.dialogs.answer(await png(app.workDir, 'rapat-dinkes.png'));
  await entry.getByRole('button', { name: 'Tambah gambar bukti' }).click();
  await expect(entry.locator('[data-picture] img')).toHaveCount(1);
  const item = page.locator(`.due-item[data-milestone="${mm1Id}"]`);
  await expect(item).toContainText('Capaian 60%');
  await expect(item).toHaveAttribute('data-state', 'LATE');
  expect(await seriousViolations(page)).toEqual([]);
  await shootSection(page, 'aftercare-progress', 3);

  await expect
    .poll(async () => (await readProjectOnDisk(file)).postTraining?.progress?.[0]?.happened, { timeout: 10_000 })
    .toBe('Perluasan ke sektor kesehatan dimulai bersama Dinkes');

  // The implementation report, asked for from this screen.
  await page.getByRole('button', { name: 'Ekspor laporan implementasi' }).click();
  const d = page.getByTestId('export-dialog');
  await expect(d.getByLabel('Laporan implementasi jangka menengah / panjang')).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'aftercare-export-dialog');
  const target = path.join(app.workDir, 'Implementasi SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 90_000 });
  expect(app.dialogs.asked.at(-1)).toEqual({ kind: 'export', suggested: 'Laporan Implementasi SIPANTAU.docx' });
  const files = unzipSync(readFileSync(`${target}.docx`));
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('LAPORAN IMPLEMENTASI JANGKA MENENGAH / PANJANG');
  expect(xml).toContain('Perluasan ke sektor kesehatan dimulai bersama Dinkes');
  expect(xml).toContain('Terlambat');
  expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
  await page.getByRole('button', { name: 'Tutup' }).click();

  // Handover to the successor.
  await goTo(page, 'pasca-serah-terima');
  await page.getByLabel('Nama', { exact: true }).fill('Dra. Siti Rahmawati, M.Si.');
  await page.getByLabel('NIP', { exact: true }).fill('197805122005012003');
  await page.getByLabel('Jabatan', { exact: true }).fill('Kepala Bidang Pelayanan Perizinan');
  await page.getByRole('textbox', { name: 'Catatan', exact: true }).fill('Mutasi ke Bappeda');
  expect(await seriousViolations(page)).toEqual([]);
  const copy = path.join(app.workDir, 'SIPANTAU serah terima');
  app.dialogs.answer(copy);
  await page.getByTestId('handover-make').click();
  await expect(page.getByTestId('handover-outcome')).toContainText('Salinan serah terima disimpan: SIPANTAU serah terima.rancang');
  await expect(page.getByTestId('handover-history')).toContainText('→ Dra. Siti Rahmawati, M.Si.');
  await shootSection(page, 'aftercare-handover', 2);

  // The successor opens the copy: the new leader, the team, the history.
  // The leader's own file records the handover too, once autosaved.
  await expect.poll(async () => (await readProjectOnDisk(file)).postTraining?.handovers?.[0]?.toName, { timeout: 10_000 }).toBe('Dra. Siti Rahmawati, M.Si.');
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  app.dialogs.answer(`${copy}.rancang`);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  await goTo(page, 'identitas');
  await expect(page.locator('[data-field="participant.name"]')).toHaveValue('Dra. Siti Rahmawati, M.Si.');
  await goTo(page, 'pasca-serah-terima');
  await expect(page.getByTestId('handover-history')).toContainText('Rahmawati Siregar, S.T., M.Si. → Dra. Siti Rahmawati, M.Si.');
  await goTo(page, 'pasca-kemajuan');
  await expect(page.locator('[data-entry] [data-field="happened"]').first()).toHaveValue('Perluasan ke sektor kesehatan dimulai bersama Dinkes');
  const opened = await readProjectOnDisk(`${copy}.rancang`);
  expect(opened.team?.length).toBeGreaterThan(3);
});

test('a dated stakeholder position is recorded from the table by keyboard and drawn as a path', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'stakeholder');
  await page.getByRole('radio', { name: 'Tabel' }).check();
  await page.locator('tr', { hasText: 'Kepala DPMPTSP Provinsi Jambi' }).getByRole('button', { name: 'Sunting' }).first().click();
  const box = page.getByTestId('dated-positions');
  await box.getByRole('button', { name: 'Catat posisi' }).click();
  // Focus lands on the note of the new position; type, then choose the scores by keyboard.
  await expect(box.locator('[data-position] [data-field="note"]')).toBeFocused();
  await page.keyboard.type('Audiensi kedua: minta laporan mingguan');
  await box.locator('[data-position] [data-field="interest"]').selectOption('3');
  await box.locator('[data-position] [data-field="power"]').selectOption('4');
  await expect(box.getByTestId('position-moves')).toContainText('Audiensi kedua: minta laporan mingguan');
  await expect(box.getByTestId('position-moves').locator('li')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'aftercare-dated-position');
  await page.getByRole('button', { name: 'Tutup' }).click();

  await page.getByRole('radio', { name: 'Gambar laporan' }).check();
  await page.getByRole('radio', { name: 'Jalur bertanggal' }).check();
  const picture = page.getByTestId('stakeholder-picture-path');
  await expect(picture.locator('[data-path="SH-01"]')).toHaveAttribute('data-steps', '3');
  await expect(picture.locator('[data-stakeholder="SH-01"][data-ghost="true"]')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await shootSection(page, 'aftercare-path', 2);
});

test('indicator values over time against baseline and target, and the evaluation answered from the records', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'identitas');
  await page.locator('[data-field="phase"]').selectOption('POST_TRAINING');
  await goTo(page, 'pasca-indikator');
  // Waiting time for a status question: baseline 16 hours, target ≤ 1.
  const ind = page.locator('[data-indicator="ind-m1"]');
  await ind.getByRole('button', { name: /Catat nilai/ }).click();
  const reading = ind.locator('[data-reading]').first();
  await expect(reading.locator('[data-field="value"]')).toBeFocused();
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect(reading.locator('[data-testid^="reading-pct-"]')).toHaveText('Capaian: 53,3%');
  await expect(page.getByTestId('indicator-latest-ind-m1')).toContainText('Capaian terakhir: 53,3%');
  expect(await seriousViolations(page)).toEqual([]);
  await shootSection(page, 'aftercare-indicators', 2);

  await goTo(page, 'pasca-kemajuan');
  const first = page.locator('[data-milestone-entries]').first();
  await first.getByRole('button', { name: /Catat kemajuan/ }).click();
  await page.keyboard.type('Sektor kesehatan terlacak');
  const entry = first.locator('[data-entry]').first();
  await entry.locator('[data-field="achievementPct"]').fill('80');
  await entry.locator('[data-field="problems"]').fill('Anggaran server belum tersedia');
  await entry.locator('[data-field="problems"]').press('Tab');

  await goTo(page, 'pasca-evaluasi');
  await expect(page.locator('[data-field="obstacles"]')).toHaveValue('');
  await page.getByTestId('evaluation-use-all').click();
  await expect(page.locator('[data-field="obstacles"]')).toHaveValue('Anggaran server belum tersedia');
  // Mean of MM-01 80 % and four others at 0 % → 16 % → scale 1.
  await expect(page.locator('[data-field="progressScale"]')).toHaveValue('1');
  await page.locator('[data-field="progressScale"]').selectOption('2');
  await expect(page.getByTestId('evaluation-text')).toHaveValue(/1\. Seberapa jauh perubahan telah berjalan \(skala 1–5\)\?\n2 \(baru dimulai\)/);
  await expect(page.getByTestId('evaluation-text')).toHaveValue(/3\. Kendala apa yang dihadapi\?\nAnggaran server belum tersedia/);
  expect(await seriousViolations(page)).toEqual([]);
  await shootSection(page, 'aftercare-evaluation', 2);
});
