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

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}
