/**
 * The screen sizes a participant really has, and the checks every screen must pass on them.
 * "1366×768 at 125%" is what Windows gives the app on that laptop at 125% scaling: a CSS viewport
 * of 1366/1.25 × 768/1.25 less the taskbar and the window's title bar, drawn at 1.25 device pixels.
 */
import { expect, type Page } from '@playwright/test';

export interface ScreenSize {
  name: string;
  width: number;
  height: number;
  scale: number;
}

export const SCREEN_SIZES: readonly ScreenSize[] = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1366x768-125', width: 1093, height: 560, scale: 1.25 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
];

/** Nothing scrolls sideways: neither the page nor the editor pane. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const doc = document.scrollingElement!;
    const main = document.querySelector('main.editor');
    // A table's own scroller counts too: a table scrolled sideways hides its actions just the same.
    const inner = [...document.querySelectorAll('.table-wrap, .table-scroll, .chart-frame')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className} ${el.querySelector('table, svg')?.getAttribute('data-testid') ?? ''}: ${el.scrollWidth} > ${el.clientWidth}`);
    return { doc: [doc.scrollWidth, doc.clientWidth], main: main ? [main.scrollWidth, main.clientWidth] : [0, 0], inner };
  });
  expect(widths.inner, `${where}: a table scrolls sideways`).toEqual([]);
  expect(widths.doc[0], `${where}: the page scrolls sideways`).toBeLessThanOrEqual(widths.doc[1]!);
  expect(widths.main[0], `${where}: the editor scrolls sideways`).toBeLessThanOrEqual(widths.main[1]!);
}

/** Every button of the open dialog lies inside the viewport (none cut off at the bottom or side). */
export async function expectDialogButtonsVisible(page: Page, where: string): Promise<void> {
  const dialog = page.locator('dialog[open]').last();
  await expect(dialog).toBeVisible();
  const outside = await dialog.evaluate((d) => {
    const vw = window.innerWidth,
      vh = window.innerHeight;
    return [...d.querySelectorAll('.modal-actions button')].flatMap((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= vh && r.right <= vw
        ? []
        : [`${b.textContent} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`];
    });
  });
  const count = await dialog.locator('.modal-actions button').count();
  expect(count, `${where}: the dialog has buttons`).toBeGreaterThan(0);
  expect(outside, `${where}: dialog buttons outside the ${page.viewportSize()?.width}×${page.viewportSize()?.height} viewport`).toEqual([]);
}

/**
 * The top bar stays one row: the product, title and file lines one line each, every action on the
 * same line, nothing outside the window — also with the longest save status (a new project's draft).
 */
export async function expectTopBarOneRow(page: Page, where: string): Promise<void> {
  const bar = await page.locator('header.topbar').evaluate((header) => {
    const lineCount = (el: Element | null) => {
      if (!el) return 0;
      const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2;
      return Math.round(el.getBoundingClientRect().height / lh);
    };
    const actions = [...header.querySelectorAll('.topbar-actions > *')].map((b) => b.getBoundingClientRect());
    return {
      lines: ['.product', 'h1', '.file'].map((q) => lineCount(header.querySelector(`.topbar-title ${q}`))),
      // One row: every action overlaps every other vertically (a select is taller than a button).
      oneRow: Math.max(...actions.map((r) => r.top)) < Math.min(...actions.map((r) => r.bottom)),
      right: Math.max(...actions.map((r) => r.right)),
      width: window.innerWidth,
    };
  });
  expect(bar.lines, `${where}: product, title and file name one line each`).toEqual([1, 1, 1]);
  expect(bar.oneRow, `${where}: the actions on one row`).toBe(true);
  expect(bar.right, `${where}: the actions inside the window`).toBeLessThanOrEqual(bar.width);
}
