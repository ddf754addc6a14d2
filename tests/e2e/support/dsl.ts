/** A small vocabulary for the e2e tests, so specs read like what a participant does. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { createProject, decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import type { Bridge } from './bridge';

export const field = (page: Page, name: string): Locator => page.locator(`[data-field="${name}"]`);
export const saveStatus = (page: Page): Locator => page.getByTestId('save-status');

export async function newProject(app: Bridge, opts: { programme?: string; title?: string } = {}): Promise<void> {
  const { page } = app;
  if (opts.programme) await page.getByLabel('Program pelatihan').selectOption(opts.programme);
  if (opts.title) await page.getByLabel('Judul (boleh diisi nanti)').fill(opts.title);
  await page.getByRole('button', { name: 'Buat' }).click();
  await expect(page.getByRole('heading', { name: 'Identitas dan kalender' })).toBeVisible();
}

/** Ctrl+S on a new project asks where to save; the dialog answers with this path. */
export async function saveAsWithKeyboard(app: Bridge, file: string): Promise<void> {
  app.dialogs.answer(file);
  await app.page.keyboard.press('Control+s');
  await expect(saveStatus(app.page)).toHaveText(/Tersimpan \d\d\.\d\d/);
}

export async function readProjectOnDisk(file: string): Promise<Project> {
  const r = decodeProjectText(await fsp.readFile(file, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}

/** A file as another participant's computer would have written it. */
export async function writeForeignFile(
  dir: string,
  name: string,
  edit: (p: Project) => void = () => undefined,
  installId = 'laptop-peserta-lain',
): Promise<string> {
  const p = createProject({ programmeCode: 'PKA', title: 'Penguatan Layanan Arsip Digital' });
  p.people.participant.name = 'Budi Santoso, S.Sos.';
  edit(p);
  const file = path.join(dir, name);
  await fsp.writeFile(file, encodeProject(p, { appVersion: '1.0.0', installId, savedAt: '2026-10-01T00:00:00.000Z' }));
  return file;
}

export async function openFile(app: Bridge, file: string): Promise<void> {
  app.dialogs.answer(file);
  await app.page.getByRole('button', { name: 'Buka berkas…' }).click();
}

/**
 * Pictures of the screens to look at (README: `npm run screenshots`), written to
 * test-results/screens/<name>.png. No test compares them, and encoding a PNG of every screen was a
 * quarter of the CPU of the long sweeps, so a plain test run skips them; `npm run screenshots` (or
 * RANCANG_SCREENSHOTS=1) takes them all.
 */
export const SCREENSHOTS = process.env['RANCANG_SCREENSHOTS'] === '1' || process.env['npm_lifecycle_event'] === 'screenshots';

export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `test-results/screens/${name}.png`, ...options });
}
