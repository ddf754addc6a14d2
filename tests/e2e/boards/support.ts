/** Board helpers for the e2e tests: an editable SIPANTAU copy, real drags, axe. */
import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../support/bridge';
import { openSampleCopy } from '../support/sample';

/** Opens the SIPANTAU sample and makes an editable copy of it (tests/e2e/support/sample.ts). */
export const editableSample = (app: Bridge, name = 'sipantau-saya.rancang'): Promise<string> => openSampleCopy(app, name);

/** Serious and critical axe violations on the page (tests/e2e/support/axe.ts). */
export { seriousViolations as axeViolations } from '../support/axe';

export async function goToSection(page: Page, section: string): Promise<void> {
  await page.locator(`[data-section="${section}"]`).click();
}

export const liveRegion = (page: Page): Locator => page.locator('[id^="DndLiveRegion"]').first();

/** One animation frame and a task: dnd-kit attaches its keyboard listeners asynchronously. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** A real mouse drag: press, pass the 5 px activation distance, travel in steps, release over the target. */
export async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await settle(page);
  // dnd-kit scrolls the pane when the pointer nears its edge; a person follows the cell with the
  // mouse, so aim again at where the target is now before letting go.
  // The last small moves happen where the target is now, so dnd-kit decides the drop on the layout
  // the user sees (a busy machine may paint the scroll after the pointer's last event).
  const c = (await to.boundingBox())!;
  await page.mouse.move(c.x + c.width / 2 + 3, c.y + c.height / 2 + 3, { steps: 3 });
  await settle(page);
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 2 });
  await settle(page);
  await page.mouse.up();
}
