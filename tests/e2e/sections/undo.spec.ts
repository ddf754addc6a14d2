/** Undo and redo reach across sections: the history is the project's, not a field's. */
import type { Page } from '@playwright/test';
import { readProjectOnDisk } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from './support';

const row = (page: Page, id: string) => page.locator(`main [data-item="${id}"]`);

/**
 * Types one burst with the page's clock standing still, then moves it on by 2 s (the pause that
 * ends an undo step), so a busy machine cannot split the burst into two steps (as in project.spec.ts).
 */
async function typeBurst(page: Page, text: string): Promise<void> {
  const start = Date.now();
  await page.clock.setFixedTime(start);
  await page.keyboard.type(text);
  await page.clock.setFixedTime(start + 2_000);
}

test('edits in three sections undone with Ctrl+Z and redone with Ctrl+Y and Ctrl+Shift+Z', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);

  await goTo(page, 'isu');
  const statement = row(page, 'ISU-2').locator('[data-field="statement"]');
  await statement.click();
  await page.keyboard.press('End');
  await typeBurst(page, ' (revisi)');

  await goTo(page, 'anggaran');
  const volume = row(page, 'BL-01').locator('[data-field="volume"]');
  await volume.fill('50');
  await expect(row(page, 'BL-01').getByTestId('line-total')).toHaveText('Rp2.000.000');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp7.000.000');

  await goTo(page, 'risiko');
  await row(page, 'R-02').getByRole('button', { name: 'Hapus Kendala 2' }).click();
  await expect(row(page, 'R-02')).toHaveCount(0);

  // Undo from outside any field: the risk comes back, then the budget, then the issue.
  await page.locator('main h2').click();
  await page.keyboard.press('Control+z');
  await expect(row(page, 'R-02')).toBeVisible();
  await page.keyboard.press('Control+z');
  await goTo(page, 'anggaran');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp6.920.000');
  await expect(volume).toHaveValue('48');
  await page.keyboard.press('Control+z');
  await goTo(page, 'isu');
  await expect(statement).toHaveValue('Belum optimalnya ketepatan waktu penyelesaian izin sesuai standar pelayanan');

  // Redo one with Ctrl+Y, the rest with Ctrl+Shift+Z.
  await page.keyboard.press('Control+y');
  await expect(statement).toHaveValue('Belum optimalnya ketepatan waktu penyelesaian izin sesuai standar pelayanan (revisi)');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await goTo(page, 'anggaran');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp7.000.000');
  await goTo(page, 'risiko');
  await expect(row(page, 'R-02')).toHaveCount(0);

  // Autosave writes what the screen shows.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const p = await readProjectOnDisk(file);
  expect(p.issueAnalysis.issues[1]!.statement).toMatch(/\(revisi\)$/);
  expect(p.budgetLines[0]!.volume).toBe(50);
  expect(p.risks.map((r) => r.id)).not.toContain('R-02');
});

test('undo inside a field undoes the project, and typing goes on from the restored text', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'gagasan');
  const name = page.locator('[data-field="breakthrough.name"]');
  await name.click();
  await page.keyboard.press('End');
  await typeBurst(page, ' JAMBI');
  await expect(name).toHaveValue('SIPANTAU JAMBI');
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('SIPANTAU');
  await page.keyboard.press('End');
  await page.keyboard.type('+');
  await expect(name).toHaveValue('SIPANTAU+');
});
