/**
 * A screen that fails to render shows a message with "Salin detail" and "Muat ulang" instead of a
 * blank window, and the error goes to the log in the data folder without project content. The
 * failure is real: main hands over a document whose programme is missing, which the top bar
 * cannot draw.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { createProject } from '../../../shared/model/envelope';
import { expect, test } from '../support/fixtures';
import { shot } from '../support/dsl';

test('a render crash is caught, explained, copyable and logged without project content', async ({ app }) => {
  const { page } = app;
  const broken = { ...createProject({ title: 'JUDUL-RAHASIA-PESERTA' }), programme: null };
  // Main delivers a file only once the window has said it listens (rendererReady); the start screen shows it does.
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
  await app.push({
    ok: true,
    value: {
      docId: 'doc-rusak',
      fileName: 'rusak.rancang',
      folder: app.workDir,
      project: broken as never,
      readOnly: false,
      readOnlyReason: null,
      savedAt: null,
      fileVersion: 2,
      notices: [],
    },
  });
  const crashed = page.getByTestId('crashed');
  await expect(crashed).toContainText('Maaf, tampilan ini gagal dimuat');
  await expect(crashed.getByRole('button', { name: 'Salin detail' })).toBeVisible();
  await expect(crashed.getByRole('button', { name: 'Muat ulang' })).toBeVisible();
  await shot(page, 'trust-crash');

  const log = path.join(app.dataDir, 'logs', 'rancang.log');
  await expect.poll(() => fsp.readFile(log, 'utf8').catch(() => ''), { timeout: 10_000 }).toContain('"source":"renderer"');
  const text = await fsp.readFile(log, 'utf8');
  expect(text).toMatch(/Cannot read properties of null/);
  expect(text).not.toContain('JUDUL-RAHASIA-PESERTA');

  // Reloading brings the app back to its start screen.
  await crashed.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
});
