import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { readProjectOnDisk, saveStatus, shot } from '../support/dsl';
import { axeViolations, editableSample, goToSection, liveRegion, settle } from './support';

const lane = (page: Page, h: string) => page.locator(`[data-lane="${h}"]`);
const handle = (page: Page, id: string) => page.getByTestId(`ms-handle-${id}`);
const laneIds = async (page: Page, h: string) =>
  lane(page, h)
    .locator('li.ms-card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));

async function openBoard(page: Page): Promise<void> {
  await goToSection(page, 'milestone');
  const boardView = page.getByRole('radio', { name: 'Papan' });
  if (await boardView.count()) await boardView.check();
  await expect(page.getByTestId('milestone-board')).toBeVisible();
}

/** Mouse drag of a card by its handle onto a target, in small steps, with a pause before release. */
async function dragTo(page: Page, from: string, target: import('@playwright/test').Locator, offsetY = 0): Promise<void> {
  const src = handle(page, from);
  await src.scrollIntoViewIfNeeded();
  const a = (await src.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + offsetY, { steps: 20 });
  await settle(page);
  await page.mouse.up();
}

test('the SIPANTAU board: 7 short, 3 medium, 2 long milestones with their status', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await openBoard(page);
  expect(await laneIds(page, 'PENDEK')).toEqual(['MP-01', 'MP-02', 'MP-03', 'MP-04', 'MP-05', 'MP-06', 'MP-07']);
  expect(await laneIds(page, 'MENENGAH')).toEqual(['MM-01', 'MM-02', 'MM-03']);
  expect(await laneIds(page, 'PANJANG')).toEqual(['MJ-01', 'MJ-02']);
  // The finished sample: every short-term milestone is done.
  await expect(lane(page, 'PENDEK').locator('[data-item="MP-01"]')).toContainText('Selesai');
  await shot(page, 'boards-milestones');
  await expect(handle(page, 'MP-01')).toBeDisabled();
});

test('keyboard: reorder within a lane and move across lanes, announced; undo restores', async ({ app }) => {
  const { page } = app;
  const file = await editableSample(app);
  await openBoard(page);
  const h = handle(page, 'MP-02');
  await h.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('MP-02 Pembentukan Tim Efektif diangkat dari Jangka pendek, urutan ke-2 dari 7');
  await settle(page);
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText('urutan ke-3 dari 7');
  await settle(page);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('diletakkan di Jangka pendek, urutan ke-3 dari 7');
  expect(await laneIds(page, 'PENDEK')).toEqual(['MP-01', 'MP-03', 'MP-02', 'MP-04', 'MP-05', 'MP-06', 'MP-07']);

  const h7 = handle(page, 'MP-07');
  await h7.focus();
  await page.keyboard.press('Space');
  await settle(page);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText('di Jangka menengah');
  await settle(page);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('diletakkan di Jangka menengah');
  await expect(lane(page, 'MENENGAH').locator('[data-item="MP-07"]')).toBeVisible();
  expect(await laneIds(page, 'PENDEK')).toHaveLength(6);
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect.poll(async () => (await readProjectOnDisk(file)).milestones.find((m) => m.id === 'MP-07')!.horizon).toBe('MENENGAH');

  await page.keyboard.press('Control+z');
  await expect(lane(page, 'PENDEK').locator('[data-item="MP-07"]')).toBeVisible();
  await page.keyboard.press('Control+z');
  expect(await laneIds(page, 'PENDEK')).toEqual(['MP-01', 'MP-02', 'MP-03', 'MP-04', 'MP-05', 'MP-06', 'MP-07']);
});

test('mouse: drag a card into another lane, and within a lane', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await openBoard(page);
  await dragTo(page, 'MJ-02', lane(page, 'MENENGAH').locator('[data-item="MM-01"]'), -20);
  await expect(lane(page, 'MENENGAH').locator('[data-item="MJ-02"]')).toBeVisible();
  expect(await laneIds(page, 'PANJANG')).toEqual(['MJ-01']);
  const beforeReorder = await laneIds(page, 'MENENGAH');
  await dragTo(page, 'MM-03', lane(page, 'MENENGAH').locator('[data-item="MM-01"]'), -20);
  const menengah = await laneIds(page, 'MENENGAH');
  expect(menengah.indexOf('MM-03')).toBeLessThan(menengah.indexOf('MM-02'));
  await page.keyboard.press('Control+z');
  await expect.poll(() => laneIds(page, 'MENENGAH')).toEqual(beforeReorder);
});

test('"Pindahkan ke…" moves a milestone to a lane and position without dragging', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await openBoard(page);
  await lane(page, 'PENDEK')
    .locator('[data-item="MP-06"]')
    .getByRole('button', { name: /^Pindahkan ke…/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Ke jangka').selectOption('PANJANG');
  await dialog.getByLabel('Posisi').selectOption({ index: 0 });
  await dialog.getByRole('button', { name: 'Pindahkan' }).click();
  expect(await laneIds(page, 'PANJANG')).toEqual(['MP-06', 'MJ-01', 'MJ-02']);
  await expect(handle(page, 'MP-06')).toBeFocused();
});

test('no serious or critical accessibility violations on the milestone board', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await openBoard(page);
  expect(await axeViolations(page)).toEqual([]);
});
