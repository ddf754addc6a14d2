/** Helpers for the section specs: an editable copy of SIPANTAU, section navigation, axe, screenshots. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { SectionId } from '../../../shared/domain/sections';
import type { Bridge } from '../support/bridge';

/** Sections owned by other issues (the stakeholder grid and the timeline). */
export const OTHER_ISSUES: readonly SectionId[] = ['stakeholder', 'jadwal'];

/** The sample opens read-only; "Sunting salinan" saves an editable copy. */
export async function openSampleCopy(app: Bridge, name = 'SIPANTAU salinan.rancang'): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const file = path.join(app.workDir, name);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Sunting salinan' }).first().click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  return file;
}

export async function goTo(page: Page, section: SectionId): Promise<void> {
  await page.locator(`.sidebar [data-section="${section}"]`).click();
  await expect(page.locator(`[data-section-editor="${section}"], main h2`).first()).toBeVisible();
}

const AXE_SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // The app's CSP forbids inline scripts (addScriptTag); evaluating through the debugger protocol is not subject to it.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Screenshots of the editor at 1366×768, the top and, for long sections, further down. */
export async function shootSection(page: Page, name: string, pages = 2): Promise<void> {
  const editor = page.locator('main.editor');
  await editor.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  for (let i = 1; i < pages; i++) {
    const more = await editor.evaluate((el, k) => {
      if (el.scrollHeight - el.clientHeight < el.clientHeight * (k - 0.5)) return false;
      el.scrollTo(0, el.clientHeight * k * 0.9);
      return true;
    }, i);
    if (!more) break;
    await page.screenshot({ path: `test-results/screens/${name}-${i + 1}.png` });
  }
  await editor.evaluate((el) => el.scrollTo(0, 0));
}
