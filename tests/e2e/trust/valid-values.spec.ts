/**
 * Drafts and valid values: a number box commits only a complete, valid entry. "52" typed into a
 * USG score must not store the "5" of its first keystroke; while the entry is not valid the total
 * waits, the save status names the field, and the file keeps the last valid value. Volumes may be
 * written as factors ("3 x 20"), money as Indonesians write it ("Rp 2.500").
 */
import type { Page } from '@playwright/test';
import { readProjectOnDisk, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';

const row = (page: Page, id: string) => page.locator(`main [data-item="${id}"]`);

test('typing "52" in a USG score stores nothing from it; the total waits and the status names the field', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);
  await goTo(page, 'prioritas');
  const u = row(page, 'ISU-4').locator('[data-field="usg.U"]');
  await u.click();
  await page.keyboard.press('Control+a');
  // A typist a little slow between the two digits, but faster than a pause.
  await page.keyboard.type('52', { delay: 150 });
  await expect(u).toHaveValue('52');
  await expect(u).toHaveAttribute('aria-invalid', 'true');
  await expect(row(page, 'ISU-4').getByTestId('usg-total')).toHaveText('Menunggu isian yang sah: Urgency untuk isu 4');
  await expect(page.getByTestId('save-invalid')).toHaveText('Belum valid, tidak disimpan: Urgency untuk isu 4');
  await shot(page, 'trust-usg-invalid-draft');
  // No tie opened by a "5" that was never meant (ISU-3 has 11; 5+3+3 would tie it).
  await expect(row(page, 'ISU-3').getByTestId('usg-rank')).not.toContainText('(=)');

  // Another valid edit is saved; the file still has the last valid U.
  const s = row(page, 'ISU-4').locator('[data-field="usg.S"]');
  await s.fill('2');
  await s.press('Tab');
  await expect.poll(async () => (await readProjectOnDisk(file)).issueAnalysis.issues[3]!.usg, { timeout: 10_000 }).toEqual({ U: 4, S: 2, G: 3 });

  // Fixing the entry commits it and clears the status.
  await u.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(u).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('save-invalid')).toHaveCount(0);
  await expect(row(page, 'ISU-4').getByTestId('usg-total')).toHaveText('10');
  await expect.poll(async () => (await readProjectOnDisk(file)).issueAnalysis.issues[3]!.usg.U, { timeout: 10_000 }).toBe(5);
});

test('a volume written as "3 x 20" is 60 (shown as its factors), and "Rp 2.500" is a price', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);
  await goTo(page, 'anggaran');
  const line = row(page, 'BL-01');
  const volume = line.locator('[data-field="volume"]');
  await volume.fill('3 x 20');
  await expect(line.locator('.field:has([data-field="volume"])')).toContainText('3 × 20 = 60');
  await expect(line.getByTestId('line-total')).toHaveText('Rp2.400.000');
  const price = line.locator('[data-field="unitCost"]');
  await price.fill('Rp 2.500');
  await price.press('Tab');
  await expect(line.getByTestId('line-total')).toHaveText('Rp150.000');
  await expect(volume).toHaveValue('3 x 20');
  await expect.poll(async () => (await readProjectOnDisk(file)).budgetLines[0], { timeout: 10_000 }).toMatchObject({ volume: 60, unitCost: 2500 });
});
