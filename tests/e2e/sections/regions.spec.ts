/**
 * F6 and Shift+F6 move the focus between the parts of the window (renderer/src/workspace/regions.ts):
 * the top bar, the list of sections (onto the open section), the section's heading, the panels
 * beside it; in the reading view its toolbar, contents and page. A modal dialog keeps the focus.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { openSampleCopy } from '../support/sample';

const focusedIn = (page: Page, selector: string) =>
  expect.poll(() => page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement !== document.body, selector));

test('F6 and Shift+F6 go round the top bar, the list of sections, the section and its panels; not out of a dialog', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await page.locator('.sidebar [data-section="prioritas"]').click();
  await page.locator('main [data-field="impactIfUnresolved"]').click();

  // Back from a field to the list: onto the open section, whose name a screen reader reads.
  await page.keyboard.press('Shift+F6');
  await expect(page.locator('.sidebar [data-section="prioritas"]')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await focusedIn(page, 'header.topbar').toBe(true);
  // Round again: the last part (the section) from the first.
  await page.keyboard.press('Shift+F6');
  await expect(page.locator('[data-section-editor="prioritas"] h2')).toBeFocused();
  await page.keyboard.press('F6');
  await focusedIn(page, 'header.topbar').toBe(true);
  await page.keyboard.press('F6');
  await expect(page.locator('.sidebar [data-section="prioritas"]')).toBeFocused();
  // From the list on along it with Tab, as any list of buttons.
  await page.keyboard.press('Tab');
  await expect(page.locator('.sidebar [data-section="akar-masalah"]')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('[data-section-editor="prioritas"] h2')).toBeFocused();

  // A panel beside the section is a part of its own.
  await page.getByTestId('readiness-toggle').click();
  await page.locator('[data-section-editor="prioritas"] h2').focus();
  await page.keyboard.press('F6');
  await focusedIn(page, '.readiness-panel').toBe(true);
  await page.keyboard.press('F6');
  await focusedIn(page, 'header.topbar').toBe(true);
  await page.getByTestId('readiness-toggle').click();

  // A dialog keeps the focus: F6 moves nothing while it is open.
  await page.keyboard.press('Control+e');
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await focusedIn(page, 'dialog[open]').toBe(true);
  const before = await page.evaluate(() => document.activeElement?.outerHTML);
  await page.keyboard.press('F6');
  await page.keyboard.press('Shift+F6');
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The reading view: its toolbar, the contents, the page itself (which keeps its scroll).
  await page.getByRole('button', { name: 'Baca dokumen' }).click();
  await expect(page.getByTestId('reading-view')).toBeVisible();
  await page.getByTestId('reading-close').focus();
  await page.keyboard.press('F6');
  await focusedIn(page, '.reading-toc').toBe(true);
  await page.keyboard.press('F6');
  await expect(page.locator('.reading-desk')).toBeFocused();
  await page.keyboard.press('F6');
  await focusedIn(page, 'header.topbar').toBe(true);
});
