/**
 * The per-row controls (row actions, fields) take their words from renderer/src/i18n/useT.ts, not
 * react-i18next's hook: switching the language while a milestone lane is on screen must relabel
 * them at once, as it relabels everything else.
 */
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';

test('switching the language relabels the rows already drawn', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await goTo(page, 'milestone');
  const up = page.locator('main [data-item] [data-action="up"]').first();
  await expect(up).toHaveAttribute('aria-label', /^Naikkan /);
  await page.locator('.topbar .language select').selectOption('en');
  await expect(up).toHaveAttribute('aria-label', /^Move .* up$/);
  await page.locator('.topbar .language select').selectOption('id');
  await expect(up).toHaveAttribute('aria-label', /^Naikkan /);
});
