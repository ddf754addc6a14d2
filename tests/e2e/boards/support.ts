/** Board helpers for the e2e tests: an editable SIPANTAU copy, real drags, axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Bridge } from '../support/bridge';

/** Opens the SIPANTAU sample and makes an editable copy of it (as a participant exploring it would). */
export async function editableSample(app: Bridge, name = 'sipantau-saya.rancang'): Promise<string> {
  const { page } = app;
  const file = path.join(app.workDir, name);
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  app.dialogs.answer(file);
  await page.getByTestId('readonly-banner').getByRole('button', { name: 'Sunting salinan' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  return file;
}

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
  await page.mouse.up();
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the app's CSP rightly forbids injected <script> tags.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
