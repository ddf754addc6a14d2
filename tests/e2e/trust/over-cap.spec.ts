/**
 * A save over the file cap (issue 11, item 7), as a participant reaches it: pictures are added
 * until the next save would make a file the app could not open again; that save is refused with
 * the Indonesian message naming the size, the limit and the pictures' share, the file on disk is
 * unchanged (by hash), and the picture budget beside the button shows the same limit.
 *
 * The services are the real ones over real files, built with a 3 MB cap instead of the app's 40 MB
 * (ServiceDeps.limits): only the number differs, so the cap is reached with three photos instead
 * of a 41 MB file, which was too slow to write and reopen on a loaded machine. The real 40 MB cap
 * is covered by tests/unit/core/fileCap.test.ts.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import jpeg from 'jpeg-js';
import { startBridge, type Bridge } from '../support/bridge';
import { readProjectOnDisk, saveStatus, shot } from '../support/dsl';
import { seriousViolations } from '../support/axe';
import { openSampleCopy } from '../support/sample';

const CAP = 3 * 1024 * 1024;

const test = base.extend<{ app: Bridge }>({
  app: async ({ page }, use) => {
    const bridge = await startBridge(page, { limits: { fileBytes: CAP } });
    await use(bridge);
    await bridge.dispose();
  },
});

/** A noisy photo (noise does not compress): about 0.6 MB as JPEG, under the 2000 px that import would scale down. */
async function photo(dir: string, name: string, seed: number): Promise<string> {
  const w = 700;
  const data = Buffer.alloc(w * w * 4);
  let s = seed;
  for (let i = 0; i < data.length; i++) data[i] = ((s = (s * 1103515245 + 12345) % 2 ** 31) >> 16) & 255;
  const file = path.join(dir, name);
  await fsp.writeFile(file, jpeg.encode({ width: w, height: w, data }, 95).data);
  return file;
}

const hashOf = async (file: string) =>
  createHash('sha256')
    .update(await fsp.readFile(file))
    .digest('hex');

test('pictures added until the next save would pass the cap: that save is refused, the file is unchanged', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = await openSampleCopy(app);
  await page.locator('.sidebar [data-section="milestone"]').click();
  const row = page.locator('tbody[data-item="MP-07"]');
  await row.getByRole('button', { name: /Rincian/ }).click();
  // The budget beside the button speaks of main's cap, the one its saves enforce.
  const budget = row.getByTestId('picture-budget');
  await expect(budget).toHaveText('Gambar dalam proyek: 0,1 MB dari batas berkas 3 MB.');

  let saved = 0;
  for (let i = 1; i <= 8; i++) {
    await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 15_000 });
    const before = await hashOf(file);
    app.dialogs.answer(await photo(app.workDir, `foto-${i}.jpg`, i));
    await row.getByRole('button', { name: 'Tambah gambar bukti…' }).click();
    await expect(row.locator('[data-picture]')).toHaveCount(1 + i);
    // This picture's save has settled when the file changed (saved) or the status says it failed.
    let outcome = 'waiting';
    await expect
      .poll(
        async () =>
          (outcome = (await saveStatus(page).getAttribute('data-kind')) === 'failed' ? 'failed' : (await hashOf(file)) !== before ? 'saved' : 'waiting'),
        { timeout: 15_000 },
      )
      .not.toBe('waiting');
    if (outcome === 'saved') {
      saved++;
      continue;
    }
    // In full under the top bar, where there is room to say what to shrink.
    await expect(page.getByTestId('save-problem')).toContainText(
      /^Gagal menyimpan: Proyek terlalu besar untuk disimpan \(3(,\d)? MB; batas berkas 3 MB\), jadi belum disimpan\. Gambar memakai \d(,\d)? MB: hapus beberapa gambar/,
    );
    await expect(budget).toHaveText(/^Gambar dalam proyek sudah \d(,\d)? MB dari batas berkas 3 MB\. Pakai foto yang lebih kecil/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'trust-over-cap');
    // Nothing was written: the file is byte for byte the last save, and it still opens.
    expect(await hashOf(file)).toBe(before);
    expect((await readProjectOnDisk(file)).attachments).toHaveLength(3 + i - 1);
    break;
  }
  // Some pictures fitted before the one that did not.
  expect(saved).toBeGreaterThan(0);
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'failed');
});
