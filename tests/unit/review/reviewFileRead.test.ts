/** A review "file" that is a folder is refused by its reason code, worded in each language. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readReviewFile } from '../../../electron/core/review/reviewFile';
import { failText } from '../../../shared/errors';
import { tempDir } from '../helpers';

it('a folder named like a review file is refused as not a regular file, in Indonesian and in English', async () => {
  const dir = await tempDir();
  const folder = path.join(dir, 'Proyek.ulasan');
  await fsp.mkdir(folder);
  const r = await readReviewFile(folder, undefined, { dataDir: null, now: () => new Date() });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe('READ_FAILED');
  expect(failText(r, 'id')).toContain('bukan berkas biasa');
  const en = failText(r, 'en');
  expect(en).toMatch(/not a regular file/i);
  expect(en).not.toContain('bukan');
});
