/**
 * The recent-files list shows when a file was opened on the user's own clock. The browser's zone is
 * picked so that its calendar day differs from the UTC day right now (the old list showed the UTC
 * day), and the date never breaks inside a word.
 */
import { expect, test } from '../support/fixtures';
import { openSampleCopy } from '../sections/support';
import { shot } from '../support/dsl';

const zone = new Date().getUTCHours() < 11 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
test.use({ timezoneId: zone });

test('recent files show the local day and time, the date kept whole', async ({ app }) => {
  const { page } = app;
  await openSampleCopy(app);
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  const when = page.getByTestId('recent-when').first();
  await expect(when).toBeVisible();
  const shown = (await when.textContent()) ?? '';
  const [localDay, utcDay] = await page.evaluate(() => {
    const now = new Date();
    return [now.getDate(), now.getUTCDate()];
  });
  expect(localDay).not.toBe(utcDay);
  expect(shown).toMatch(new RegExp(`^\\S+, ${localDay} \\S+ \\d{4}, \\d{2}\\.\\d{2}$`));
  expect(await when.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
  await page.setViewportSize({ width: 700, height: 700 });
  await shot(page, 'trust-recent-files');
});
