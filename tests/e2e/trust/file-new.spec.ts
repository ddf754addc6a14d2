/** File → New and Ctrl+N reach the new-project form (the menu command used to have no listener). */
import { expect, test } from '../support/fixtures';
import { openSampleCopy } from '../sections/support';

test('File → New from the menu leaves the saved project for the new-project form', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await app.menu('new');
  await expect(page.getByTestId('new-title')).toBeFocused();
  await page.keyboard.type('Proyek kedua');
  await page.getByRole('button', { name: 'Buat' }).click();
  await expect(page.locator('.topbar h1')).toHaveText('Proyek kedua');
});

test('Ctrl+N asks before leaving unsaved work, and Cancel keeps it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await page.locator('main [data-field="title"]').fill('Belum disimpan');
  await page.locator('main h2').first().click();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator('main [data-field="title"]')).toHaveValue('Belum disimpan');
  await page.keyboard.press('Control+n');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click();
  await expect(page.getByTestId('new-title')).toBeFocused();
});
