/**
 * An examiner writes notes where they read: someone else's SIPANTAU opens in the reading view,
 * the examiner starts a review there and notes the PENUTUP chapter (its heading) and a milestone's
 * table row — the row by keyboard. The notes land in the review file exactly as from the form
 * (section and item targets, the participant's file untouched) and show as marks beside the
 * heading and every row of that milestone; reopened, the file's notes are marked again.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { decodeProjectText } from '../../shared/model/envelope';
import { decodeReviewText } from '../../shared/review/envelope';
import { SAMPLE } from './support/bridge';
import { seriousViolations } from './support/axe';
import { shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';

test('an examiner notes a chapter and a milestone row in the reading view, saves the review and sees the notes again', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-baca-ulas-'));
  const file = path.join(folder, 'SIPANTAU.rancang');
  await fsp.copyFile(SAMPLE, file);
  const decoded = decodeProjectText(await fsp.readFile(file, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.message);
  const milestone = decoded.value.project.milestones[0]!;
  const rowName = `${milestone.code} ${milestone.title.trim()}`;
  const before = await fsp.readFile(file);

  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
  const paper = page.getByTestId('reading-view').locator('article.reading-paper');
  await expect(paper).toBeVisible();
  // Before a review there is nothing to click on the paper.
  await expect(paper.getByRole('button')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
  await page.getByLabel('Nama lengkap dan gelar').fill('Dr. Siti Penguji, M.Si.');
  await page.getByLabel('Peran').selectOption('PENGUJI');
  await page.getByRole('button', { name: 'Mulai mengulas' }).click();
  const panel = page.getByTestId('notes-panel');
  await expect(panel).toBeVisible();
  // The review starts where the examiner is reading.
  await expect(paper).toBeVisible();

  // The PENUTUP chapter: its heading carries the section's marks.
  const chapter = page.getByRole('region', { name: 'PENUTUP' });
  await chapter.getByRole('button', { name: 'Beri catatan pada Kesimpulan dan saran' }).click();
  await writeNote(panel, 'Perlu perbaikan', 'Kesimpulan belum menjawab tujuan jangka pendek satu per satu.');

  // A milestone's row in Tabel 2.1, by keyboard: the note's words get the focus.
  const table = paper.getByRole('region', { name: /^Tabel 2\.1 / });
  await table.getByRole('button', { name: `Beri catatan pada ${rowName}` }).focus();
  await page.keyboard.press('Enter');
  const composer = panel.locator('form.note-composer');
  await expect(composer.getByLabel('Catatan', { exact: true })).toBeFocused();
  await page.keyboard.type('Apa bukti dukung bahwa milestone ini selesai tepat waktu?');
  await page.keyboard.press('Shift+Tab');
  await expect(composer.getByLabel('Jenis catatan')).toBeFocused();
  await page.keyboard.press('End');
  await composer.getByRole('button', { name: 'Tambahkan catatan' }).press('Enter');
  await expect(panel.locator('li.note', { hasText: 'Apa bukti dukung' })).toContainText('Pertanyaan');

  // The marks: beside the heading, and on every row that stands for the milestone (Tabel 2.1, 2.4, 3.1, the evidence list).
  await expectMarks(paper, rowName);
  expect(await seriousViolations(page)).toEqual([]);
  const desk = page.getByTestId('reading-view').locator('.reading-desk');
  await paper.getByRole('region', { name: /^Tabel 2\.4 / }).evaluate((el) => el.closest('figure')!.scrollIntoView({ block: 'start' }));
  await desk.evaluate((d) => (d.scrollLeft = 0));
  await shot(page, 'reading-notes');
  await chapter.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await desk.evaluate((d) => (d.scrollLeft = 0));
  await shot(page, 'reading-notes-chapter');

  await page.getByRole('button', { name: 'Simpan ulasan' }).click();
  await expect(page.getByTestId('review-status')).toContainText('Ulasan tersimpan di SIPANTAU.ulasan');
  const saved = decodeReviewText(await fsp.readFile(path.join(folder, 'SIPANTAU.ulasan'), 'utf8'));
  if (!saved.ok) throw new Error(saved.message);
  // Exactly what the form's buttons make: a section target and an item target.
  expect(saved.value.review.notes.map((n) => ({ target: n.target, kind: n.kind, source: n.source }))).toEqual([
    { target: { type: 'SECTION', sectionId: 'penutup' }, kind: 'PERLU_PERBAIKAN', source: 'APP' },
    { target: { type: 'ITEM', itemKind: 'MILESTONE', itemId: milestone.id }, kind: 'PERTANYAAN', source: 'APP' },
  ]);
  expect((await fsp.readFile(file)).equals(before)).toBe(true);

  // Reopened another day: the review file's notes are marked again where they were written.
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await expect(paper).toBeVisible();
  await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
  await expectMarks(paper, rowName);
  await expect(panel.locator('li.note')).toHaveCount(2);
  await fsp.rm(folder, { recursive: true, force: true });
});

async function writeNote(panel: Locator, kind: string, words: string) {
  const form = panel.locator('form.note-composer');
  await form.getByLabel('Jenis catatan').selectOption({ label: kind });
  await form.getByLabel('Catatan', { exact: true }).fill(words);
  await form.getByRole('button', { name: 'Tambahkan catatan' }).click();
  await expect(panel.locator('li.note', { hasText: words })).toBeVisible();
}

async function expectMarks(paper: Locator, rowName: string) {
  await expect(paper.getByRole('button', { name: 'Catatan ulasan untuk Kesimpulan dan saran (1)' })).toHaveCount(1);
  const rows = paper.getByRole('button', { name: `1 catatan ulasan untuk ${rowName}` });
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  // Nothing else is marked.
  await expect(paper.getByRole('button', { name: /catatan ulasan untuk /i })).toHaveCount((await rows.count()) + 1);
}
