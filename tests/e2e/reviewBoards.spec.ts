/**
 * A mentor's notes on the stakeholder map's cards and on the team's rows, like the milestone
 * cards: someone else's SIPANTAU read-only, the buttons reached and pressed by keyboard, axe clean,
 * the notes marked on the card and the row and saved in the review file as item notes.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { memberName } from '../../shared/domain/team';
import { decodeProjectText } from '../../shared/model/envelope';
import { decodeReviewText } from '../../shared/review/envelope';
import { SAMPLE } from './support/bridge';
import { seriousViolations } from './support/axe';
import { shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';
import { goTo } from './sections/support';

test('a mentor notes a stakeholder on the map and a team member, by keyboard, on a read-only file', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-ulas-papan-'));
  const file = path.join(folder, 'SIPANTAU.rancang');
  await fsp.copyFile(SAMPLE, file);
  const decoded = decodeProjectText(await fsp.readFile(file, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.message);
  const project = decoded.value.project;
  const stakeholder = project.stakeholders.find((s) => s.before.power !== null && s.before.interest !== null)!;
  const member = project.team.find((m) => m.role === 'MEMBER')!;

  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
  await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
  await page.getByLabel('Nama lengkap dan gelar').fill('Dr. Rahmat Hidayat, M.Si.');
  await page.getByRole('button', { name: 'Mulai mengulas' }).click();
  const panel = page.getByTestId('notes-panel');
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();

  // The map (the section's first view): the card's button, outside the drag handle.
  await goTo(page, 'stakeholder');
  const card = page.locator(`.sh-card[data-item="${stakeholder.id}"]`);
  await card.getByRole('button', { name: `Beri catatan pada ${stakeholder.name.trim()}` }).focus();
  await page.keyboard.press('Enter');
  await noteByKeyboard(page, panel, 'Posisi sesudahnya perlu bukti: notulen rapat koordinasi?');
  await expect(card.getByRole('button', { name: `Catatan ulasan untuk ${stakeholder.name.trim()} (1)` })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'review-stakeholder-map');

  // A team member's row.
  await goTo(page, 'tim');
  const row = page.locator(`[data-item="${member.id}"]`);
  const name = memberName(project, member);
  await row.getByRole('button', { name: new RegExp(`^Beri catatan pada ${escape(name)} — `) }).focus();
  await page.keyboard.press('Enter');
  await noteByKeyboard(page, panel, 'Uraikan tugas anggota ini dalam kegiatan uji coba.');
  await expect(row.getByRole('button', { name: new RegExp(`^Catatan ulasan untuk ${escape(name)} — .* \\(1\\)$`) })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'review-team-row');

  await page.getByRole('button', { name: 'Simpan ulasan' }).click();
  await expect(page.getByTestId('review-status')).toContainText('Ulasan tersimpan di SIPANTAU.ulasan');
  const saved = decodeReviewText(await fsp.readFile(path.join(folder, 'SIPANTAU.ulasan'), 'utf8'));
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.value.review.notes.map((n) => n.target)).toEqual([
    { type: 'ITEM', itemKind: 'STAKEHOLDER', itemId: stakeholder.id },
    { type: 'ITEM', itemKind: 'TEAM_MEMBER', itemId: member.id },
  ]);
  await fsp.rm(folder, { recursive: true, force: true });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The keyboard lands on the new note's words; typed, then added with Enter on the button. */
async function noteByKeyboard(page: Page, panel: Locator, words: string) {
  const composer = panel.locator('form.note-composer');
  await expect(composer.getByLabel('Catatan', { exact: true })).toBeFocused();
  await page.keyboard.type(words);
  await composer.getByRole('button', { name: 'Tambahkan catatan' }).press('Enter');
  await expect(panel.locator('li.note', { hasText: words })).toBeVisible();
}
