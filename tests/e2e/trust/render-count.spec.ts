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
});
