/**
 * The milestone board as a participant uses a Trello list: add cards at the foot of a lane,
 * open one and fill its details beside the board, be told gently when the dates run backwards.
 */
import type { Page } from '@playwright/test';
import { newProject, readProjectOnDisk, saveAsWithKeyboard, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { axeViolations, editableSample, goToSection } from './support';

const lane = (page: Page, h: string) => page.locator(`[data-lane="${h}"]`);

async function openBoard(page: Page): Promise<void> {
  await goToSection(page, 'milestone');
  await page.getByRole('radio', { name: 'Papan' }).check();
  // The board is its own chunk, drawn once loaded.
  await expect(page.locator('.ms-lane').first()).toBeVisible();
}

test('mouse: add three cards in a lane with one click, open one and fill its details beside the board', async ({ app }) => {
  const { page } = app;
  await newProject(app, { title: 'Papan dari nol' });
  const file = `${app.workDir}/papan.rancang`;
  await saveAsWithKeyboard(app, file);
  await openBoard(page);
  // Lanes as tall as the board: the empty lanes are as tall as each other and than most of the window.
  const heights = await page.locator('.ms-lane').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(new Set(heights.map(Math.round)).size).toBe(1);
  expect(heights[0]).toBeGreaterThan(768 / 2);

  await page.getByRole('button', { name: 'Tambah milestone di jangka pendek' }).click();
  const box = page.getByRole('textbox', { name: 'Judul milestone baru di jangka pendek' });
  await expect(box).toBeFocused();
  for (const title of ['Menyusun SK tim efektif', 'Membangun prototipe aplikasi', 'Sosialisasi layanan']) {
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
  }
  await expect(lane(page, 'PENDEK').locator('li.ms-card')).toHaveCount(3);
  await expect(lane(page, 'PENDEK').locator('li.ms-card').nth(2)).toContainText('MP-03');
  await expect(page.getByTestId('announcer')).toHaveText('MP-03 “Sosialisasi layanan” ditambahkan di jangka pendek.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Tambah milestone di jangka pendek' })).toBeFocused();

  await lane(page, 'PENDEK').locator('li.ms-card').nth(1).getByRole('button', { name: /^Buka/ }).click();
  const panel = page.getByTestId('milestone-panel');
  await expect(panel).toBeVisible();
  // Beside the board, in the same view: the board is still there and the panel is to its right.
  await expect(page.getByTestId('milestone-board')).toBeVisible();
  const board = (await page.getByTestId('milestone-board').boundingBox())!;
  expect((await panel.boundingBox())!.x).toBeGreaterThanOrEqual(board.x + board.width);
  await expect(panel.getByRole('heading')).toHaveText('MP-02 Membangun prototipe aplikasi');
  await panel.locator('[data-field="output"] textarea, textarea[data-field="output"]').first().fill('Prototipe aplikasi berjalan');
  await panel.getByRole('button', { name: 'Tutup detail' }).click();
  await expect(panel).toHaveCount(0);
  await expect
    .poll(async () => (await readProjectOnDisk(file)).milestones.map((m) => [m.horizon, m.title, m.output]), { timeout: 10_000 })
    .toEqual([
      ['PENDEK', 'Menyusun SK tim efektif', ''],
      ['PENDEK', 'Membangun prototipe aplikasi', 'Prototipe aplikasi berjalan'],
      ['PENDEK', 'Sosialisasi layanan', ''],
    ]);
  await shot(page, 'boards-milestones-added');
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard: Tab to "+ Tambah milestone", Enter, type, Enter; open with Enter, Escape closes and returns', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  await openBoard(page);
  await page.getByRole('button', { name: 'Tambah milestone di jangka menengah' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Perluasan ke seluruh sektor');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const card = lane(page, 'MENENGAH').locator('li.ms-card').first();
  await expect(card).toContainText('MM-01');
  await card.getByRole('button', { name: /^Buka/ }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('milestone-panel');
  await expect(panel.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(card.getByRole('button', { name: /^Buka/ })).toBeFocused();
});

test('a card that starts before the card above it gets a gentle note naming that card', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await openBoard(page);
  await expect(page.locator('.ms-note')).toHaveCount(0);
  // Move MP-04 (4–14 April) above MP-03 (28 March – 1 April): MP-03 now starts before it.
  await lane(page, 'PENDEK')
    .locator('[data-item="MP-04"]')
    .getByRole('button', { name: /^Pindahkan ke…/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Posisi').selectOption({ index: 2 });
  await dialog.getByRole('button', { name: 'Pindahkan' }).click();
  // Codes are stable: the moved card is still MP-04, and the note names it.
  await expect(lane(page, 'PENDEK').locator('[data-item="MP-04"] .ms-code')).toHaveText('MP-04');
  await expect(page.getByTestId('ms-order-MP-03')).toHaveText('↕ mulai sebelum MP-04 di atasnya; urutan tidak lagi sesuai tanggal');
  await shot(page, 'boards-milestones-order');

  // Renumbering is a separate, explicit action that lists what changes first.
  await page.getByRole('button', { name: 'Nomori ulang kode (2 berubah)…' }).click();
  const renumber = page.getByRole('dialog', { name: 'Nomori ulang kode milestone' });
  await expect(renumber.getByTestId('renumber-plan').locator('li')).toHaveText([
    /^MP-04 → MP-03 Penyusunan dan penetapan SOP/,
    /^MP-03 → MP-04 Pemetaan proses bisnis/,
  ]);
  await shot(page, 'dialog-renumber');
  expect(await axeViolations(page)).toEqual([]);
  await renumber.getByRole('button', { name: 'Nomori ulang' }).click();
  await expect(lane(page, 'PENDEK').locator('[data-item="MP-04"] .ms-code')).toHaveText('MP-03');
  await expect(page.getByRole('button', { name: /^Nomori ulang kode/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(lane(page, 'PENDEK').locator('[data-item="MP-04"] .ms-code')).toHaveText('MP-04');
});
