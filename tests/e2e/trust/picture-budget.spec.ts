/** The picture budget is visible where pictures are added, and grows with each picture. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';

test('beside "Pilih logo…" the pictures\' share of the file limit is shown and follows what is added', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'dokumen');
  const budget = page.getByTestId('picture-budget');
  // The sample's three illustrative evidence pictures: about a tenth of a megabyte.
  await expect(budget).toHaveText('Gambar dalam proyek: 0,1 MB dari batas berkas 40 MB.');
  // A noisy 900×900 photo: about a megabyte as JPEG.
  const w = 900;
  const data = Buffer.alloc(w * w * 4);
  let seed = 1;
  for (let i = 0; i < data.length; i++) data[i] = ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 255;
  const file = path.join(app.workDir, 'logo.jpg');
  await fsp.writeFile(file, jpeg.encode({ width: w, height: w, data }, 95).data);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Pilih logo…' }).click();
  // The photo is decoded and checked in main before it is kept: seconds on a busy machine.
  await expect(page.getByTestId('logo-preview')).toBeVisible({ timeout: 30_000 });
  await expect(budget).toHaveText(/^Gambar dalam proyek: [1-9],?\d? MB dari batas berkas 40 MB\.$/);
});
