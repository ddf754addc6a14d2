/** Helpers for the section specs: an editable copy of SIPANTAU, section navigation, axe, screenshots. */
import { expect, type Page } from '@playwright/test';
import type { SectionId } from '../../../shared/domain/sections';
import { SCREENSHOTS, shot } from '../support/dsl';

/** Sections owned by other issues (the stakeholder grid and the timeline). */
export const OTHER_ISSUES: readonly SectionId[] = ['stakeholder', 'jadwal'];

export { openSampleCopy } from '../support/sample';
export { seriousViolations } from '../support/axe';

export async function goTo(page: Page, section: SectionId): Promise<void> {
  await page.locator(`.sidebar [data-section="${section}"]`).click();
  await expect(page.locator(`[data-section-editor="${section}"], main h2`).first()).toBeVisible();
}

/**
 * Screenshots of the editor at 1366×768, the top and, for long sections, further down (only when
 * screenshots are wanted, see `shot`). Either way the editor is left scrolled to the top.
 */
export async function shootSection(page: Page, name: string, pages = 2): Promise<void> {
  const editor = page.locator('main.editor');
  await editor.evaluate((el) => el.scrollTo(0, 0));
  if (!SCREENSHOTS) return;
  await shot(page, name);
  for (let i = 1; i < pages; i++) {
    const more = await editor.evaluate((el, k) => {
      if (el.scrollHeight - el.clientHeight < el.clientHeight * (k - 0.5)) return false;
      el.scrollTo(0, el.clientHeight * k * 0.9);
      return true;
    }, i);
    if (!more) break;
    await shot(page, `${name}-${i + 1}`);
  }
  await editor.evaluate((el) => el.scrollTo(0, 0));
}

/**
 * Long lists draw only the rows near the screen: scrolls the editor down until the row matching
 * `selector` is drawn, then brings it into view.
 */
export async function scrollToRow(page: Page, selector: string): Promise<void> {
  const editor = page.locator('main.editor');
  await editor.evaluate((el) => el.scrollTo(0, 0));
  for (let i = 0; i < 400 && (await page.locator(selector).count()) === 0; i++) {
    const moved = await editor.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollBy(0, el.clientHeight * 0.8);
      return el.scrollTop !== before;
    });
    if (!moved) break;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.locator(selector).scrollIntoViewIfNeeded();
}
