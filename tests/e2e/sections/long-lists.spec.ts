/**
 * Long lists draw only the rows near the screen (issue 18). What must not change for keyboard and
 * screen-reader users: Tab walks the rows in order, one after the other, down to the last row and
 * on to the add button; Shift+Tab walks back; every drawn row tells its place in the whole list
 * (aria-posinset / aria-setsize, aria-rowindex / aria-rowcount in the milestone table); axe clean.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { blankItem } from '../../../shared/domain/blank';
import { createProject, encodeProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { openFile } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo, scrollToRow, seriousViolations } from './support';

const LINES = 70;
const MILESTONES = 90;

function longProject(): Project {
  const p = createProject({ programmeCode: 'PKA', title: 'Proyek dengan daftar panjang' });
  p.budgetLines = Array.from({ length: LINES }, (_, i) => blankItem('budgetLines', { item: `Belanja ${i + 1}`, volume: 1, unitCost: 1000, source: 'APBD' }));
  p.milestones = Array.from({ length: MILESTONES }, (_, i) =>
    blankItem('milestones', { horizon: 'PENDEK', title: `Milestone ${i + 1}`, start: '2024-03-12', end: '2024-03-20' }),
  );
  return p;
}

/** The drawn row the focus is in (its data-index), or null when the focus is outside the rows. */
const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement?.closest<HTMLElement>('[data-index]');
    return row ? Number(row.dataset['index']) : null;
  });

test.beforeEach(async ({ app }) => {
  const source = path.join(app.workDir, 'panjang.rancang');
  await fsp.writeFile(source, encodeProject(longProject(), { appVersion: '1.0.0', installId: 'lain', savedAt: '2026-01-01T00:00:00.000Z' }));
  await openFile(app, source);
  app.dialogs.answer(path.join(app.workDir, 'panjang (salinan).rancang'));
  await app.page.getByRole('button', { name: 'Sunting salinan' }).first().click();
  await expect(app.page.getByTestId('readonly-banner')).toHaveCount(0);
});

test('Tab walks a long budget list row by row to the last line and the add button; Shift+Tab walks back; axe clean', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await goTo(page, 'anggaran');
  const rows = page.locator('main li.row[data-item]');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(LINES));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  // Only the rows near the screen are drawn.
  expect(await rows.count()).toBeLessThan(LINES);
  expect(await seriousViolations(page)).toEqual([]);

  // Where the focus is after each Tab, noted by the page on the key's release (after the key has
  // moved the focus, as a check straight after each press would see it): one note per press, read
  // back in batches instead of asking the page after every press.
  await page.evaluate(() => {
    const notes: (number | string)[] = [];
    (window as unknown as { __tabNotes: typeof notes }).__tabNotes = notes;
    window.addEventListener(
      'keyup',
      (e) => {
        if (e.key !== 'Tab') return;
        const el = document.activeElement as HTMLElement | null;
        const row = el?.closest<HTMLElement>('[data-index]');
        notes.push(row ? Number(row.dataset['index']) : (el?.getAttribute('data-add') ?? el?.tagName ?? 'none'));
      },
      true,
    );
  });
  const notesSoFar = () => page.evaluate(() => (window as unknown as { __tabNotes: (number | string)[] }).__tabNotes.slice());
  await rows.first().locator('[data-field="item"]').focus();
  let row = 0;
  let left: number | string | null = null;
  let pressed = 0;
  while (left === null && pressed < LINES * 15) {
    for (let i = 0; i < 40; i++, pressed++) await page.keyboard.press('Tab');
    const notes = await notesSoFar();
    expect(notes, 'one focus note per Tab').toHaveLength(pressed);
    for (const now of notes.slice(pressed - 40)) {
      if (typeof now !== 'number') {
        left = now;
        break;
      }
      // In order: the same row or the next one, never a jump.
      expect(now - row, `Tab from row ${row} went to row ${now}`).toBeGreaterThanOrEqual(0);
      expect(now - row, `Tab from row ${row} went to row ${now}`).toBeLessThanOrEqual(1);
      row = now;
    }
  }
  expect(row).toBe(LINES - 1);
  // After the last row's last button: the add button (the batch may have tabbed on past it: back to it).
  expect(left).toBe('budgetLines');
  await page.locator('[data-add="budgetLines"]').focus();
  await expect(page.locator('[data-add="budgetLines"]')).toBeFocused();
  // Back up into the last row and on into the one before it.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedRow(page)).toBe(LINES - 1);
  for (let presses = 0; presses < 15 && (await focusedRow(page)) === LINES - 1; presses++) await page.keyboard.press('Shift+Tab');
  expect(await focusedRow(page)).toBe(LINES - 2);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the focused row stays drawn when the list is scrolled away, and typing there still lands', async ({ app }) => {
  const { page } = app;
  await goTo(page, 'anggaran');
  const first = page.locator('main li.row[data-index="0"] [data-field="item"]');
  await first.focus();
  await page.locator('main.editor').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator(`main li.row[data-index="${LINES - 1}"]`)).toBeVisible();
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' baru');
  await expect(first).toHaveValue('Belanja 1 baru');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a long milestone lane tells screen readers the whole table and reaches its last milestone; axe clean', async ({ app }) => {
  const { page } = app;
  await goTo(page, 'milestone');
  const table = page.getByTestId('milestones-PENDEK');
  await expect(table).toHaveAttribute('aria-rowcount', String(MILESTONES + 1));
  expect(await table.locator('tbody[data-item]').count()).toBeLessThan(MILESTONES);
  expect(await seriousViolations(page)).toEqual([]);

  await scrollToRow(page, `[data-testid="milestones-PENDEK"] tbody[data-index="${MILESTONES - 1}"]`);
  const last = table.locator(`tbody[data-index="${MILESTONES - 1}"]`);
  await expect(last.locator('tr').first()).toHaveAttribute('aria-rowindex', String(MILESTONES + 1));
  await expect(last.locator('[data-field="title"]')).toHaveValue(`Milestone ${MILESTONES}`);
  // Opening its details adds a row to the count, numbered right after it.
  await last.locator('[data-action="details"]').click();
  await expect(table).toHaveAttribute('aria-rowcount', String(MILESTONES + 2));
  await expect(last.locator('tr.details-row')).toHaveAttribute('aria-rowindex', String(MILESTONES + 2));
  // Tab from the last milestone's last control leaves the table for the lane's add button.
  await last.locator('[data-action="details"]').focus();
  for (let i = 0; i < 200 && (await focusedRow(page)) === MILESTONES - 1; i++) await page.keyboard.press('Tab');
  await expect(page.locator('[data-add="milestones-PENDEK"]')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});
