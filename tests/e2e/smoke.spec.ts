import { expect, test } from './support/fixtures';

test('start screen then a new project', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Rancang Perubahan' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/tmp-start.png' });
  await page.getByRole('button', { name: 'Buat' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/Belum pernah disimpan/);
  await page.screenshot({ path: 'test-results/screens/tmp-identity.png', fullPage: false });
});
