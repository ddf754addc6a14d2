/**
 * Pending derived values (issue 11, item 2), as a participant hits them: while a number box holds
 * an entry that is not valid yet, what is computed from it (line and group totals, the grand
 * total, USG totals and ranks, the tie box, the core issue, the readiness check) says it waits for
 * that field, in words, instead of showing the last valid number; the file keeps the last valid
 * value; a finished entry brings the right numbers back.
 */
import type { Page } from '@playwright/test';
import { readProjectOnDisk, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy, seriousViolations } from '../sections/support';

const row = (page: Page, id: string) => page.locator(`main [data-item="${id}"]`);

test('"3 x" half-way in a budget volume: the totals wait and name the field; "3 x 20" makes them right', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);
  await goTo(page, 'anggaran');
  const totals = page.getByTestId('budget-totals');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp6.920.000');
  // The third line: 2 banners at Rp350.000, funded by the APBD.
  const line = row(page, 'BL-03');
  const volume = line.locator('[data-field="volume"]');
  await volume.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3 x');
  await expect(volume).toHaveAttribute('aria-invalid', 'true');

  const waiting = 'Menunggu isian yang sah: Volume, baris 3';
  await expect(line.getByTestId('line-total')).toHaveText(waiting);
  await expect(page.getByTestId('budget-total')).toHaveText(waiting);
  await expect(totals.locator('tr[data-source="APBD"] td.money')).toHaveText(waiting);
  // Another source's lines are not waiting for it.
  await expect(totals.locator('tr[data-source="SWADAYA"] td.money')).toHaveText('Rp1.550.000');
  await expect(page.getByTestId('save-invalid')).toHaveText('Belum valid, tidak disimpan: Volume, baris 3');
  // The readiness check says what it cannot see yet.
  await page.getByTestId('readiness-toggle').click();
  await expect(page.getByTestId('readiness-pending')).toHaveText(
    'Pemeriksaan menunggu isian yang sah: Volume, baris 3. Temuan di bawah memakai nilai sah terakhir yang tersimpan.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'trust-budget-pending');
  // The file keeps the last valid volume.
  expect((await readProjectOnDisk(file)).budgetLines[2]!.volume).toBe(2);
  // In English the same, the field renamed with the language.
  await page.getByLabel('Bahasa').selectOption('en');
  await expect(page.getByTestId('budget-total')).toHaveText('Waiting for a valid entry: Volume, row 3');
  await expect(page.getByTestId('save-invalid')).toHaveText('Not valid, not saved: Volume, row 3');
  await page.getByLabel('Language').selectOption('id');
  await expect(page.getByTestId('budget-total')).toHaveText(waiting);

  // Finished: 3 × 20 = 60 banners at Rp350.000.
  await volume.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 20');
  await expect(volume).not.toHaveAttribute('aria-invalid', 'true');
  await expect(line.getByTestId('line-total')).toHaveText('Rp21.000.000', { timeout: 5_000 });
  await expect(page.getByTestId('budget-total')).toHaveText('Rp27.220.000');
  await expect(totals.locator('tr[data-source="APBD"] td.money')).toHaveText('Rp25.670.000');
  await expect(page.getByTestId('save-invalid')).toHaveCount(0);
  await expect(page.getByTestId('readiness-pending')).toHaveCount(0);
  await expect.poll(async () => (await readProjectOnDisk(file)).budgetLines[2]!.volume, { timeout: 10_000 }).toBe(60);
});

test('a USG score of "5", then "52": every rank, the tie box and the core issue wait; fixed, the tie is back', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'prioritas');
  const u = row(page, 'ISU-4').locator('[data-field="usg.U"]');
  await u.fill('5');
  await u.press('Enter');
  // 5 + 3 + 3 = 11 ties ISU-3's 11: the tie box opens and both ranks carry "(=)".
  await expect(page.getByTestId('tie')).toBeVisible();
  await expect(row(page, 'ISU-3').getByTestId('usg-rank')).toContainText('(=)');

  await u.click();
  await page.keyboard.press('End');
  await page.keyboard.type('2');
  await expect(u).toHaveAttribute('aria-invalid', 'true');
  const waiting = 'Menunggu isian yang sah: Urgency untuk isu 4';
  await expect(row(page, 'ISU-4').getByTestId('usg-total')).toHaveText(waiting);
  // Ranks compare every total, so all of them wait; a row's own total waits only for its own scores.
  for (const id of ['ISU-1', 'ISU-3', 'ISU-4']) await expect(row(page, id).getByTestId('usg-rank')).toHaveText(waiting);
  await expect(row(page, 'ISU-3').getByTestId('usg-total')).toHaveText('11');
  await expect(page.getByTestId('tie')).toHaveCount(0);
  await expect(page.getByTestId('usg-ranking')).toHaveCount(0);
  await expect(page.getByTestId('ranking-pending')).toHaveText(waiting);
  await expect(page.getByTestId('core-issue')).toContainText(waiting);
  await expect(page.getByTestId('save-invalid')).toHaveText('Belum valid, tidak disimpan: Urgency untuk isu 4');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'trust-usg-pending');

  await page.keyboard.press('Backspace');
  await expect(u).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('tie')).toBeVisible();
  await expect(row(page, 'ISU-4').getByTestId('usg-rank')).toContainText('(=)');
  await expect(page.getByTestId('ranking-pending')).toHaveCount(0);
});
