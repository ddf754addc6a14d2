/**
 * Keyboard-only driving: reach a control by pressing Tab or Shift+Tab (and F6 between the parts of
 * the window) as a user would, never by clicking or focusing it from the test. Failing to reach it
 * within `max` presses fails the test, so an unreachable control or a broken tab order shows up here.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { SectionId } from '../../../shared/domain/sections';

export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 150;
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  await expect(target).toHaveCount(1);
  // The element itself, held between presses: asking through the locator found it again by its
  // selector on every press. Taken again if a render replaced it.
  let element = await target.elementHandle();
  for (let i = 0; i <= max; i++) {
    let focused = await element.evaluate((el) => (el.isConnected ? el === document.activeElement : null));
    if (focused === null) {
      element = await target.elementHandle();
      focused = await element.evaluate((el) => el === document.activeElement);
    }
    if (focused) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reached with ${max} × ${key}: ${target}`);
}

/** Tab to a field, select what is in it, and type. */
export async function typeInto(page: Page, target: Locator, text: string, opts: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, target, opts);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/** Tab to a button and press Enter. */
export async function press(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  await tabTo(page, target, opts);
  await page.keyboard.press('Enter');
}

/**
 * Opens a section from the list of sections, reached as a keyboard user would: F6 moves to the
 * list (onto the open section), then Tab or Shift+Tab along it. `viaShiftTab` goes back to it by
 * Shift+Tab through the editor instead, which checks that the list comes before the editor.
 */
export async function openSection(page: Page, section: SectionId, opts: { viaShiftTab?: boolean } = {}): Promise<void> {
  const entry = page.locator(`.sidebar [data-section="${section}"]`);
  if (opts.viaShiftTab) await press(page, entry, { back: true });
  else {
    await toSectionList(page);
    const order = await page.locator('.sidebar [data-section]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['section']));
    const from = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['section']);
    await press(page, entry, { back: order.indexOf(section) < order.indexOf(from), max: order.length });
  }
  await expect(page.locator(`[data-section-editor="${section}"] h2`)).toBeFocused();
}

/** F6 until the focus is on the open section in the list (a part of the window per press; there are at most five). */
export async function toSectionList(page: Page): Promise<void> {
  const current = page.locator('.sidebar [aria-current="page"]');
  for (let i = 0; i < 5; i++) {
    if (await current.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('F6');
  }
  await expect(current).toBeFocused();
}

/** A date typed as the date field shows it on this machine (month/day/year in Chromium's default locale). */
export async function typeDate(page: Page, target: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await tabTo(page, target);
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(target).toHaveValue(iso);
}
