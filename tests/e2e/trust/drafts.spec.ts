/**
 * Nothing typed is lost: a project never saved to a file is kept as a draft in the data folder from
 * its first edit. The page is closed without saving (as a crash or a killed window would), the app
 * starts again on the same data folder, and the start screen offers the project back.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { startBridge } from '../support/bridge';
import { readProjectOnDisk, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';

test('a never-saved project survives the window closing without saving, and comes back from the start screen', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await page.locator('main [data-field="title"]').fill('Proyek yang belum disimpan');
  await page.locator('main [data-field="participant.name"]').fill('Siti Aminah');
  await expect(page.getByTestId('save-status')).toContainText('draf dijaga', { timeout: 10_000 });
  await page.close({ runBeforeUnload: false });

  // The app again, on the same data folder.
  const page2 = await app.page.context().newPage();
  const again = await startBridge(page2, { dataDir: app.dataDir });
  const drafts = page2.getByTestId('drafts');
  await expect(drafts).toContainText('Proyek yang belum disimpan');
  await shot(page2, 'trust-drafts-offered');
  await drafts.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(page2.locator('main [data-field="title"]')).toHaveValue('Proyek yang belum disimpan');
  await expect(page2.locator('main [data-field="participant.name"]')).toHaveValue('Siti Aminah');

  // Leaving offers Simpan: saved to a file, the draft has done its job and is gone.
  const file = path.join(app.workDir, 'dipulihkan.rancang');
  again.dialogs.answer(file);
  await page2.getByRole('button', { name: 'Ke layar awal' }).click();
  await page2.getByRole('alertdialog').getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page2.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
  expect((await readProjectOnDisk(file)).people.participant.name).toBe('Siti Aminah');
  await expect(page2.getByTestId('drafts')).toHaveCount(0);
  expect(await fsp.readdir(path.join(app.dataDir, 'drafts'))).toEqual([]);
  await again.dispose();
});

test('"Jangan simpan" throws the draft away too', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await page.locator('main [data-field="title"]').fill('Coba-coba');
  await expect(page.getByTestId('save-status')).toContainText('draf dijaga', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
  await expect(page.getByTestId('drafts')).toHaveCount(0);
});
