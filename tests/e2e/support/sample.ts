/** The SIPANTAU sample (a finished project: rancangan, realisation, both seminars) opens read-only; "Sunting salinan" saves an editable copy, as a participant exploring it would. */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { SAMPLE, type Bridge } from './bridge';

export async function openSampleCopy(app: Bridge, name = 'SIPANTAU salinan.rancang'): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const file = path.join(app.workDir, name);
  app.dialogs.answer(file);
  await page.getByTestId('readonly-banner').getByRole('button', { name: 'Sunting salinan' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  return file;
}

/**
 * The sample as it stood in the middle of the off-campus weeks: implementation started, nothing
 * realised yet, no evidence — what a participant's laporan looks like before it is ready. Opened as
 * someone else's file (the mentor's view), so it stays read-only.
 */
export async function openSampleBeforeRealisation(app: Bridge): Promise<void> {
  const r = decodeProjectText(await fsp.readFile(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  const p = r.value.project;
  p.phase = 'IMPLEMENTATION';
  for (const m of p.milestones.filter((x) => x.horizon === 'PENDEK'))
    Object.assign(m, { status: 'PLANNED', actualStart: null, actualEnd: null, achievementPct: null, notes: '' });
  p.attachments = p.attachments.filter((a) => a.milestoneId === null);
  p.seminars.LAPORAN = { date: p.seminars.LAPORAN.date, outcome: 'BELUM', notes: '', revisionNotes: [] };
  const file = path.join(app.workDir, 'SIPANTAU pelaksanaan.rancang');
  await fsp.writeFile(file, encodeProject(p, { appVersion: '0.1.0', installId: 'laptop-peserta', savedAt: '2022-04-20T09:00:00.000Z' }));
  app.dialogs.answer(file);
  await app.page.getByRole('button', { name: 'Buka berkas…' }).click();
  await app.page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
  await expect(app.page.getByTestId('readonly-banner')).toBeVisible();
  // Someone else's file opens as the document to read; these tests look at the form.
  await app.page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();
  await expect(app.page.getByTestId('reading-view')).toBeHidden();
}
