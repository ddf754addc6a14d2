/**
 * One keystroke re-renders only what shows the changed data: the field's section, not the
 * sidebar, the top bar or the workspace around them. Counted by useRenderCount (commits to the
 * screen), read from window.__rancangRenders.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';

const counts = (page: Page) => page.evaluate(() => ({ ...((window as unknown as { __rancangRenders?: Record<string, number> }).__rancangRenders ?? {}) }));

test('a keystroke in a long text does not re-render the sidebar, the top bar or the workspace', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'latar-belakang');
  const text = page.locator('main [data-field="narrative.latarBelakang"]');
  await text.click();
  await page.keyboard.press('Control+End');
  // The first edit changes what the top bar shows (undo becomes possible); measure the ones after it.
  await page.keyboard.type(' Tambahan');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const before = await counts(page);
  expect(before['sidebar']).toBeGreaterThan(0);
  await page.keyboard.type('x');
  await expect(text).toHaveValue(/Tambahanx$/);
  // Let the deferred checks run (the sidebar's marks are computed one task later) and autosave finish.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const after = await counts(page);
  expect(after['sidebar']).toBe(before['sidebar']);
  expect(after['topbar']).toBe(before['topbar']);
  expect(after['workspace']).toBe(before['workspace']);
  // The first-steps guide walks the whole project: it follows the checked project, not each key.
  expect(after['firstSteps']).toBe(before['firstSteps']);
  // The field itself did redraw: the counter is live, so the equalities above can fail.
  expect(after['field:narrative.latarBelakang']).toBeGreaterThan(before['field:narrative.latarBelakang'] ?? 0);
});

test('a keystroke in one of several long texts does not re-render the others', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'refleksi');
  const first = page.locator('main [data-field="narrative.perananTim"]');
  await first.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tambahan');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const before = await counts(page);
  await page.keyboard.type('xy');
  await expect(first).toHaveValue(/Tambahanxy$/);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  const after = await counts(page);
  expect(after['field:narrative.perananTim']).toBeGreaterThan(before['field:narrative.perananTim']!);
  for (const other of ['pengelolaanStakeholder', 'refleksiKepemimpinan', 'manfaatDirasakan']) {
    expect(after[`field:narrative.${other}`], other).toBe(before[`field:narrative.${other}`]);
  }
});
