/**
 * "Simpan sebagai" keeps the frozen versions: a participant freezes the rancangan, saves the
 * project under a new name, and the new file (the document now open) lists and reads the version;
 * its JSON in the new file is the same bytes as in the old one.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../support/exportFixtures';
import { openSampleCopy } from '../support/sample';

const MARK = ',"versions":[';
const versionsPart = async (file: string) => {
  const bytes = await fsp.readFile(file);
  const at = bytes.indexOf(MARK);
  expect(at, `versions in ${path.basename(file)}`).toBeGreaterThan(0);
  return bytes.subarray(at);
};

test('save as: the new file carries the frozen version, listed and readable', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = await openSampleCopy(app);

  await page.getByTestId('open-versions').click();
  const versions = page.getByTestId('versions-dialog');
  await versions.getByLabel('Nama versi').fill('Rancangan — seminar 14 Maret 2022');
  await versions.getByRole('button', { name: 'Bekukan versi' }).click();
  await expect(versions.getByTestId('version-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Tutup', exact: true }).click();

  const copy = path.join(app.workDir, 'SIPANTAU baru.rancang');
  app.dialogs.answer(copy);
  await page.getByRole('button', { name: 'Simpan sebagai…' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Tersimpan');
  await expect
    .poll(() =>
      fsp.stat(copy).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  expect((await versionsPart(copy)).equals(await versionsPart(file))).toBe(true);

  // The document open now is the new file, and its versions are there to read.
  await page.getByTestId('open-versions').click();
  await expect(versions.getByTestId('version-row')).toHaveCount(1);
  await versions.getByRole('button', { name: 'Baca: Rancangan — seminar 14 Maret 2022' }).click();
  await expect(page.getByTestId('version-banner')).toContainText('Versi beku “Rancangan — seminar 14 Maret 2022”');
});
