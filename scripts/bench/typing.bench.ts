/**
 * Typing figures (issue 11): in a project about 20 times the SIPANTAU sample, type 60 characters
 * into "Latar belakang" and report the renderer's script time per keystroke (Chromium's
 * ScriptDuration) and how often the sidebar, the top bar and the workspace re-rendered per
 * keystroke (window.__rancangRenders; the goal is 0 — only the section being edited redraws).
 * Uses the built renderer (dist/, or $RANCANG_DIST; run `npm run build` first) and the e2e bridge.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright';
import { encodeProject } from '../../shared/model/envelope';
import { startBridge } from '../../tests/e2e/support/bridge';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { largeProject, SAMPLE_FILE } from './fixtures';
import type { BenchRow } from './index';
import { ms } from './stats';

export const name = 'typing';
const KEYS = 60;

export async function run(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const app = await startBridge(page);
    try {
      const sampleBytes = (await fsp.stat(SAMPLE_FILE)).size;
      const project = largeProject(sampleBytes * 20);
      const file = path.join(app.workDir, 'besar.rancang');
      const text = encodeProject(project, { appVersion: 'bench', installId: 'lain', savedAt: '' });
      await fsp.writeFile(file, text);
      app.dialogs.answer(file);
      await page.getByRole('button', { name: 'Buka berkas…' }).click();
      app.dialogs.answer(path.join(app.workDir, 'besar-saya.rancang'));
      await page.getByRole('button', { name: 'Sunting salinan' }).first().click();
      await page.locator('[data-section="latar-belakang"]').click();
      const area = page.locator('main [data-field="narrative.latarBelakang"]');
      await area.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' a');
      await page.waitForTimeout(1500);

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const script = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
      const renders = () => page.evaluate(() => ({ ...((window as unknown as { __rancangRenders?: Record<string, number> }).__rancangRenders ?? {}) }));
      const r0 = await renders();
      const s0 = await script();
      await page.keyboard.type('x'.repeat(KEYS), { delay: 30 });
      const s1 = await script();
      await page.getByTestId('save-status').and(page.locator('[data-kind="saved"]')).waitFor({ timeout: 30_000 });
      const r1 = await renders();
      const per = (k: string) => (((r1[k] ?? 0) - (r0[k] ?? 0)) / KEYS).toFixed(2);
      return [
        { measure: 'project file size', value: `${(text.length / 1024 / 1024).toFixed(1)} MB`, note: `${KEYS} keystrokes in Latar belakang` },
        { measure: 'script time per keystroke', value: ms((s1 - s0) / KEYS), note: 'Chromium ScriptDuration, typing only' },
        { measure: 'sidebar re-renders per keystroke', value: per('sidebar'), goal: '0' },
        { measure: 'top bar re-renders per keystroke', value: per('topbar'), goal: '0' },
        { measure: 'workspace re-renders per keystroke', value: per('workspace'), goal: '0' },
      ];
    } finally {
      await page.close();
      await app.dispose().catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
}
