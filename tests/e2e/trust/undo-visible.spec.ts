/** Undo you can see: an undo of a change made in another section takes you there and says what it undid. */
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';

test('Ctrl+Z on "Faktor kunci" undoing text typed in "Ruang lingkup" goes there and says so', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'ruang-lingkup');
  const scope = page.locator('main [data-field="narrative.ruangLingkup"]');
  const original = await scope.inputValue();
  await scope.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tambahan lingkup');
  await goTo(page, 'faktor-kunci');
  await page.locator('main h2').first().click();
  await page.keyboard.press('Control+z');
  // Taken back to where the change was, with the text restored and the field focused.
  await expect(page.locator('.sidebar [data-section="ruang-lingkup"]')).toHaveAttribute('aria-current', 'page');
  await expect(scope).toHaveValue(original);
  await expect(scope).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(/^Diurungkan: Ruang lingkup/);
  // Redo says it too, and the text is back.
  await goTo(page, 'faktor-kunci');
  await page.locator('main h2').first().click();
  await page.keyboard.press('Control+y');
  await expect(page.locator('.sidebar [data-section="ruang-lingkup"]')).toHaveAttribute('aria-current', 'page');
  await expect(scope).toHaveValue(`${original} Tambahan lingkup`);
  await expect(page.getByTestId('announcer')).toHaveText(/^Diulangi: Ruang lingkup/);
});
