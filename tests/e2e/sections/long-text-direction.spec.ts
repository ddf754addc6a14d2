/**
 * A long text's box takes its direction from its first strong letter and stays a bidi island
 * (issue 17 item 7; issue 18 replaced `unicode-bidi: plaintext`, which made every key lay the
 * whole text out again, by `isolate` with the direction of the first strong letter, set as an explicit
 * dir because Chromium's dir="auto" is quadratic in a textarea's lines): Arabic typed first reads right to left,
 * Indonesian left to right, and an override typed inside reaches nothing outside the box.
 */
import { expect, test } from '../support/fixtures';
import { goTo } from './support';

test('a long text reads in the direction of its first letter and keeps an override inside its box', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await goTo(page, 'ruang-lingkup');
  const text = page.locator('main [data-field="narrative.ruangLingkup"]');
  await expect(text).toHaveAttribute('dir', 'ltr');
  expect(await text.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');

  await text.fill('Layanan perizinan \u202Eterbalik');
  expect(await text.evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
  await text.fill('\u0627\u0644\u062E\u062F\u0645\u0629 layanan');
  expect(await text.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
  // Digits and punctuation first are not strong: the first letter still decides.
  await text.fill('1. \u05E9\u05DC\u05D5\u05DD and more');
  expect(await text.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);

  // The override inside the box: the hint under it (its own block) still reads in order, left to right.
  await text.fill('Awal \u202Eterbalik tanpa penutup');
  const hint = page.locator('main .rich-text .hint').first();
  const order = await hint.evaluate((el) => {
    const range = document.createRange();
    const node = el.firstChild!;
    range.setStart(node, 0);
    range.setEnd(node, 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(node, node.textContent!.length - 2);
    range.setEnd(node, node.textContent!.length - 1);
    return { first, later: range.getBoundingClientRect().left };
  });
  expect(order.first).toBeLessThan(order.later);
});
