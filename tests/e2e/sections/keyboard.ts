/**
 * Keyboard-only driving: reach a control by pressing Tab (or Shift+Tab) as a user would, never
 * by clicking or focusing it from the test. Failing to reach it within `max` presses fails the test,
 * so an unreachable control or a broken tab order shows up here.
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
export async function press(page: Page, target: Locator, opts: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, target, opts);
  await page.keyboard.press('Enter');
}

/** The sidebar comes before the editor: go back to it with Shift+Tab and open the section. */
export async function openSection(page: Page, section: SectionId): Promise<void> {
  await press(page, page.locator(`.sidebar [data-section="${section}"]`), { back: true });
  await expect(page.locator(`[data-section-editor="${section}"] h2`)).toBeFocused();
}

/** A date typed as the date field shows it on this machine (month/day/year in Chromium's default locale). */
export async function typeDate(page: Page, target: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await tabTo(page, target);
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(target).toHaveValue(iso);
}
