/** The SIPANTAU example's numbers as the screens show them (docs/domain.md §9), and the analysis tools at work. */
import type { Page } from '@playwright/test';
import { SAMPLE } from '../support/bridge';
import { readProjectOnDisk, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { openSampleBeforeRealisation } from '../support/sample';
import { goTo, openSampleCopy } from './support';

const row = (page: Page, id: string) => page.locator(`main [data-item="${id}"]`);
const usgRank = (page: Page, id: string) => page.locator(`main tr[data-item="${id}"] [data-testid="usg-rank"]`);

test('APKL totals and pass set, USG ranks in roman numerals, core issue, budget per source, risk score, durations', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();

  await goTo(page, 'isu');
  const apkl = page.getByTestId('apkl-table');
  for (const [id, total, note] of [
    ['ISU-1', '20', 'lolos APKL'],
    ['ISU-2', '18', 'lolos APKL'],
    ['ISU-3', '15', 'lolos APKL'],
    ['ISU-4', '16', 'lolos APKL'],
    ['ISU-5', '12', 'tidak lolos APKL (L di bawah 3)'],
  ]) {
    await expect(apkl.locator(`tr[data-issue="${id}"] td`).nth(6)).toHaveText(total!);
    await expect(apkl.locator(`tr[data-issue="${id}"] td`).nth(7)).toHaveText(note!);
  }

  await goTo(page, 'prioritas');
  for (const [id, rank] of [
    ['ISU-1', 'I'],
    ['ISU-2', 'II'],
    ['ISU-3', 'III'],
    ['ISU-4', 'IV'],
  ])
    await expect(usgRank(page, id!)).toHaveText(rank!);
  await expect(page.locator('main tr[data-item="ISU-5"]')).toHaveCount(0);
  await expect(page.getByText('Tidak dinilai USG karena tidak lolos APKL: Isu 5.')).toBeVisible();
  await expect(page.getByTestId('core-issue')).toContainText(
    'Isu 1: Belum optimalnya layanan informasi status permohonan perizinan berusaha pada DPMPTSP Provinsi Jambi',
  );
  await expect(page.getByTestId('core-issue')).toContainText('Mengikuti peringkat USG (peringkat I, total 14).');

  await goTo(page, 'anggaran');
  const totals = page.getByTestId('budget-totals');
  await expect(totals.locator('tr[data-source="APBD"] td').last()).toHaveText('Rp5.370.000');
  await expect(totals.locator('tr[data-source="SWADAYA"] td').last()).toHaveText('Rp1.550.000');
  await expect(totals.locator('tr[data-source="IN_KIND"] td').last()).toHaveText('Rp0');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp6.920.000');
  await expect(row(page, 'BL-01').getByTestId('line-total')).toHaveText('Rp1.920.000');
  await expect(row(page, 'BL-01')).toContainText('Dipakai oleh: MP-01, MP-03');

  await goTo(page, 'risiko');
  await expect(row(page, 'R-01')).toContainText('12 (sedang)');
  await expect(row(page, 'R-04')).toContainText('8 (sedang)');

  await goTo(page, 'milestone');
  await expect(page.locator('main tbody[data-item="MP-05"] output')).toHaveText('25');
  await expect(page.locator('main tbody[data-item="MP-05"] th')).toHaveText('MP-05');
  await expect(page.locator('main tbody[data-item="MM-01"] th')).toHaveText('MM-01');

  await goTo(page, 'konsultasi');
  await expect(row(page, 'kons-m')).toContainText('Selasa, 1 Maret 2022');
  await goTo(page, 'seminar');
  await expect(page.locator('main [data-seminar="LAPORAN"]')).toContainText('Jadwal di kalender pelatihan: Selasa, 24 Mei 2022.');
});

test('top-3 APKL mode, a USG tie decided with the mentor, and a core issue chosen with a reason', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);

  await goTo(page, 'isu');
  await page.getByLabel('Mode APKL').selectOption('SCORE_TOP_N');
  await expect(page.getByTestId('apkl-table').locator('tr[data-issue="ISU-3"] td').nth(7)).toHaveText('tidak lolos APKL (di luar 3 besar)');
  await goTo(page, 'prioritas');
  await expect(page.getByTestId('usg-ranking')).toContainText('III. Isu 4');
  await goTo(page, 'isu');
  await page.getByLabel('Mode APKL').selectOption('SCORE_MIN_PER_CRITERION');

  // A tie at the top: no core issue until it is decided.
  await goTo(page, 'prioritas');
  await page.getByLabel('Urgency untuk isu 2').fill('5');
  await page.getByLabel('Seriousness untuk isu 2').fill('4');
  await page.getByLabel('Growth untuk isu 2').fill('5');
  await expect(usgRank(page, 'ISU-1')).toHaveText('I (=)');
  await expect(usgRank(page, 'ISU-2')).toHaveText('I (=)');
  const tie = page.getByTestId('tie');
  await expect(tie).toContainText('Skor sama: 2 isu dengan total 14');
  await expect(page.getByTestId('core-issue')).toContainText('Belum dapat ditetapkan');
  await tie.getByRole('button', { name: /^Naikkan Isu 2/ }).click();
  await tie.getByLabel('Catatan keputusan').fill('Konsultasi mentor 3 Maret');
  await tie.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByTestId('tie-decided')).toContainText('Skor sama (total 14) diputuskan bersama mentor');
  await expect(usgRank(page, 'ISU-2')).toHaveText('I');
  await expect(usgRank(page, 'ISU-1')).toHaveText('II');
  await expect(page.getByTestId('core-issue')).toContainText('Isu 2: Belum optimalnya ketepatan waktu');

  // Override: a reason is required, said beside the field.
  await page.getByRole('checkbox', { name: 'Pilih core issue lain, dengan alasan' }).check();
  await page.getByLabel('Core issue yang dipilih').selectOption('ISU-3');
  await expect(page.locator('.field:has([data-field="coreOverride.reason"]) .message.error')).toHaveText(
    'Alasan wajib diisi bila core issue berbeda dari peringkat USG.',
  );
  await page.getByLabel('Alasan memilih isu ini').fill('Arahan sponsor');
  await expect(page.locator('.field:has([data-field="coreOverride.reason"]) .message')).toHaveCount(0);
  await expect(page.getByTestId('core-issue')).toContainText('Isu 3: Belum terintegrasinya arsip digital');
  await expect(page.getByTestId('core-issue')).toContainText('Dipilih berbeda dari peringkat USG.');
  await goTo(page, 'akar-masalah');
  await expect(page.locator('main')).toContainText('Belum terintegrasinya arsip digital dokumen perizinan');
});

test('a readiness finding opens the milestone’s details and focuses the field to fix', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'milestone');
  const mp3 = page.locator('main tbody[data-item="MP-03"]');
  await mp3.getByRole('button', { name: 'Rincian milestone MP-03' }).click();
  await mp3.locator('[data-field="output"]').fill('');
  await mp3.getByRole('button', { name: 'Rincian milestone MP-03' }).click();
  await expect(mp3.locator('[data-field="output"]')).toHaveCount(0);
  await expect(mp3).toContainText('Belum ada: output');

  await goTo(page, 'tim');
  await page.getByTestId('readiness-toggle').click();
  await page.locator('[data-code="MILESTONE_NO_OUTPUT"] button').click();
  await expect(mp3.locator('[data-field="output"]')).toBeFocused();
  await page.keyboard.type('Peta proses bisnis');
  await expect(page.getByTestId('readiness-panel')).toContainText('Tidak ada temuan.');
});

test('the sections speak English when the language is switched, with English dates', async ({ app }) => {
  const { page } = app;
  // The sample before its realisation, so the readiness check has a sentence to say in English.
  await openSampleBeforeRealisation(app);
  await page.getByLabel('Bahasa').selectOption('en');
  await goTo(page, 'prioritas');
  await expect(page.locator('main h2')).toHaveText('Priority issue (USG)');
  await expect(page.getByTestId('usg-table').locator('thead')).toContainText('Issue');
  await expect(page.getByTestId('core-issue')).toContainText('Follows the USG ranking (rank I, total 14).');
  await goTo(page, 'anggaran');
  await expect(page.locator('main')).toContainText('Budget summary');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp6.920.000');
  await goTo(page, 'konsultasi');
  await expect(row(page, 'kons-m')).toContainText('Tuesday, 1 March 2022');
  await page.getByTestId('readiness-toggle').click();
  await page.getByTestId('readiness-panel').getByLabel('Check for').selectOption('laporan');
  await expect(page.getByTestId('readiness-panel')).toContainText(
    'The realisation of milestone “Konsultasi dan persetujuan rancangan oleh mentor dan sponsor” has not been recorded.',
  );
  await shot(page, 'sections-english-konsultasi');
});

test('every section of SIPANTAU round-trips: what the editors hold is what the file holds, edits included', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);
  const sample = await readProjectOnDisk(SAMPLE);
  // Saving stamps updatedAt; everything else must be exactly the sample.
  expect({ ...(await readProjectOnDisk(file)), updatedAt: sample.updatedAt }).toEqual(sample);

  // One edit in each of several sections, then the file again.
  await goTo(page, 'seminar');
  await page.locator('main [data-seminar="LAPORAN"] [data-field="seminars.LAPORAN.outcome"]').selectOption('DISETUJUI');
  await goTo(page, 'realisasi');
  await row(page, 'MP-01').locator('[data-field="achievementPct"]').fill('100');
  await row(page, 'MP-01').locator('[data-field="status"]').selectOption('DONE');
  await goTo(page, 'dokumen');
  await page.locator('main [data-field="documentSettings.paper"]').selectOption('F4');
  await page.getByLabel('Jadwal kegiatan di laporan').selectOption('TABLE');
  await goTo(page, 'akar-masalah');
  await page.getByLabel('Set kategori').selectOption('4P');
  await expect(page.getByRole('heading', { name: 'Penyebab di luar set 4P' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const p = await readProjectOnDisk(file);
  expect(p.seminars.LAPORAN.outcome).toBe('DISETUJUI');
  expect(p.milestones[0]).toMatchObject({ achievementPct: 100, status: 'DONE' });
  expect(p.documentSettings.paper).toBe('F4');
  expect(p.documentSettings.scheduleAs).toBe('TABLE');
  expect(p.rootCauses).toEqual({ ...sample.rootCauses, categorySet: '4P' });
  expect({
    ...p,
    updatedAt: sample.updatedAt,
    seminars: sample.seminars,
    milestones: sample.milestones,
    documentSettings: sample.documentSettings,
    rootCauses: sample.rootCauses,
  }).toEqual(sample);
});
