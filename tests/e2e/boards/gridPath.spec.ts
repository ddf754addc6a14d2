/**
 * The dated positions' path on the interactive power/interest grid (issue 15): off until the
 * toolbar's "Jalur" is ticked; then a numbered, dashed path per stakeholder with dated positions,
 * and the same path in words under the grid (the text alternative), axe clean.
 */
import { goTo, openSampleCopy, seriousViolations } from '../sections/support';
import { expect, test } from '../support/exportFixtures';
import { shot } from '../support/dsl';

test('the path of a dated position is drawn on the grid when asked, with numbered points and a list in words', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'stakeholder');
  await page.getByRole('radio', { name: 'Tabel' }).check();
  await page.locator('tr', { hasText: 'Kepala DPMPTSP Provinsi Jambi' }).getByRole('button', { name: 'Sunting' }).first().click();
  const box = page.getByTestId('dated-positions');
  await box.getByRole('button', { name: 'Catat posisi' }).click();
  await page.keyboard.type('Audiensi kedua');
  await box.locator('[data-position] [data-field="date"]').fill('2022-04-12');
  await box.locator('[data-position] [data-field="interest"]').selectOption('3');
  await box.locator('[data-position] [data-field="power"]').selectOption('4');
  await page.getByRole('button', { name: 'Tutup' }).click();

  await page.getByRole('radio', { name: 'Peta' }).check();
  await expect(page.getByTestId('stakeholder-grid')).toBeVisible();
  await expect(page.getByTestId('path-overlay')).toHaveCount(0);
  const toggle = page.getByRole('checkbox', { name: 'Tampilkan jalur posisi bertanggal di peta' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();

  const overlay = page.getByTestId('path-overlay');
  await expect(overlay).toHaveAttribute('data-paths', '1');
  // Before → 12 April → after: three numbered marks, not colour alone.
  const points = overlay.locator('[data-path="SH-01"] .sh-path-point');
  await expect(points).toHaveCount(3);
  await expect(points.locator('text')).toHaveText(['1', '2', '3']);
  const list = page.getByTestId('path-list');
  await expect(list.locator('[data-path-of="SH-01"]')).toContainText('Kepala DPMPTSP Provinsi Jambi');
  await expect(list.locator('[data-path-of="SH-01"]')).toContainText('2. 12 April 2022');
  await expect(list.locator('[data-path-of="SH-01"]')).toContainText('1. Sebelum');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('stakeholder-grid').scrollIntoViewIfNeeded();
  await shot(page, 'stakeholder-grid-path');

  await toggle.uncheck();
  await expect(page.getByTestId('path-overlay')).toHaveCount(0);
  await expect(page.getByTestId('path-list')).toHaveCount(0);
});
