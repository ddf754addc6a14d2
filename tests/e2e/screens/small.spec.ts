/** The small things a first-time participant trips over: focus after adding a member, brackets. */
import { newProject } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo } from '../sections/support';

test('"+ Tambah anggota tim" puts the focus in the name box, so typing at once is kept', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  await goTo(page, 'tim');
  await page.getByRole('button', { name: /^\+ Tambah anggota tim/ }).click();
  await page.keyboard.type('Dedi Kurniawan, S.E.');
  await expect(page.locator('main [data-field="person.name"]').last()).toHaveValue('Dedi Kurniawan, S.E.');
});

test('the short-term lane reads "(selama pelatihan, ±2 bulan)", never nested brackets', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  await goTo(page, 'milestone');
  await expect(page.locator('#lane-PENDEK')).toHaveText('Jangka pendek (selama pelatihan, ±2 bulan)');
  await expect(page.locator('main')).not.toContainText('((');
  await expect(page.locator('main')).not.toContainText('))');
});
