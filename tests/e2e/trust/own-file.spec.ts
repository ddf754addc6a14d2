/**
 * Your file stays yours: a file saved by another installation (the participant's office computer,
 * its own data folder) opens at home with one question; "mine" keeps editing the same file, and the
 * answer is remembered. A mentor's "not mine" stays read-only.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../../electron/core/services';
import { createProject } from '../../../shared/model/envelope';
import { ScriptedDialogs, SAMPLE } from '../support/bridge';
import { readProjectOnDisk, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';

async function savedOnAnotherComputer(workDir: string): Promise<string> {
  const dialogs = new ScriptedDialogs();
  const office = await createServices({
    dataDir: path.join(workDir, '..', 'office-data'),
    appVersion: '0.0.0-test',
    platform: process.platform,
    dialogs,
    shell: { showItemInFolder: () => undefined, openPath: async () => '' },
    samplePath: SAMPLE,
  });
  const file = path.join(workDir, 'Proyek Siti.rancang');
  dialogs.answer(file);
  const r = await office.saveProjectAs(createProject({ title: 'Proyek Siti' }), 'Proyek Siti');
  if (!r.ok) throw new Error(r.message);
  return file;
}

test('my own file from my other computer: asked once, then edited in place without a copy', async ({ app }) => {
  const { page } = app;
  const file = await savedOnAnotherComputer(app.workDir);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  const question = page.getByTestId('ownership-question');
  await expect(question).toContainText('Ini berkas Anda sendiri?');
  await shot(page, 'trust-ownership-question');
  await question.getByRole('button', { name: 'Ya, berkas saya — sunting di sini' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  await expect(question).toHaveCount(0);
  await page.locator('main [data-field="title"]').fill('Proyek Siti, diubah di rumah');
  await expect.poll(async () => (await readProjectOnDisk(file)).title, { timeout: 10_000 }).toBe('Proyek Siti, diubah di rumah');
  expect((await fsp.readdir(app.workDir)).filter((n) => n.endsWith('.rancang'))).toEqual(['Proyek Siti.rancang']);

  // Opened again: remembered, no question.
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await page.locator('.recent .recent-name', { hasText: 'Proyek Siti.rancang' }).click();
  await expect(page.locator('main [data-field="title"]')).toHaveValue('Proyek Siti, diubah di rumah');
  await expect(page.getByTestId('ownership-question')).toHaveCount(0);
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
});

test('someone else\'s file: "not mine" keeps it read-only, and it is not asked again', async ({ app }) => {
  const { page } = app;
  const file = await savedOnAnotherComputer(app.workDir);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await page.locator('.recent .recent-name', { hasText: 'Proyek Siti.rancang' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await expect(page.getByTestId('ownership-question')).toHaveCount(0);
});
