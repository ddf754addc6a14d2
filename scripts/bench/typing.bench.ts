/**
 * Typing figures (issues 11 and 18): in SIPANTAU and in a 5 MB project, type 500 characters into
 * "Latar belakang", one key at a time, and report the renderer's main-thread time per key
 * (Chromium's TaskDuration: script, style, layout and paint of the keystroke's tasks), its script
 * part, the JS heap after a forced garbage collection before and after (growth per key), and how
 * often the sidebar, the top bar and the workspace re-rendered per key (window.__rancangRenders;
 * the goal is 0 — only the section being edited redraws). Uses the built renderer (dist/, or
 * $RANCANG_DIST; run `npm run build` first) and the e2e bridge.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright';
import { encodeProject } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { startBridge, type Bridge } from '../../tests/e2e/support/bridge';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { largeProject, sampleProject } from './fixtures';
import type { BenchRow } from './index';
import { ms } from './stats';

export const name = 'typing';
const KEYS = Number(process.env['BENCH_KEYS'] ?? 500);

async function typeIn(page: Page, app: Bridge, project: Project, label: string, goal: string): Promise<BenchRow[]> {
  const text = encodeProject(project, { appVersion: 'bench', installId: 'lain', savedAt: '' });
  const file = path.join(app.workDir, 'ketik.rancang');
  await fsp.writeFile(file, text);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  app.dialogs.answer(path.join(app.workDir, 'ketik-saya.rancang'));
  await page.getByRole('button', { name: 'Sunting salinan' }).first().click();
  await page.locator('[data-section="latar-belakang"]').click();
  const area = page.locator('main [data-field="narrative.latarBelakang"]');
  await area.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' a');
  await page.waitForTimeout(1500);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const renders = () => page.evaluate(() => ({ ...((window as unknown as { __rancangRenders?: Record<string, number> }).__rancangRenders ?? {}) }));
  const saved = page.getByTestId('save-status').and(page.locator('[data-kind="saved"]'));
  const h0 = await heapAfterGc();
  const r0 = await renders();
  const task0 = await metric('TaskDuration');
  const script0 = await metric('ScriptDuration');
  // One key at a time, as a person types: each key's work is its own tasks.
  for (let i = 0; i < KEYS; i++) await page.keyboard.type(i % 10 === 9 ? ' ' : 'x', { delay: 0 });
  const task1 = await metric('TaskDuration');
  const script1 = await metric('ScriptDuration');
  await saved.waitFor({ timeout: 60_000 });
  const r1 = await renders();
  const h1 = await heapAfterGc();
  await cdp.detach();
  const per = (k: string) => (((r1[k] ?? 0) - (r0[k] ?? 0)) / KEYS).toFixed(2);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  return [
    {
      measure: `${label}: main-thread time per key`,
      value: ms((task1 - task0) / KEYS),
      goal,
      note: `${(text.length / 1024 / 1024).toFixed(2)} MB file, ${KEYS} keys in Latar belakang, TaskDuration`,
    },
    { measure: `${label}:   of which script`, value: ms((script1 - script0) / KEYS) },
    {
      measure: `${label}: JS heap after GC, before → after`,
      value: `${mb(h0)} → ${mb(h1)}`,
      goal: 'no growth per key',
      note: `${((h1 - h0) / KEYS).toFixed(0)} bytes per key (the text itself grows by ${KEYS} characters, kept in the undo history too)`,
    },
    { measure: `${label}: sidebar / top bar / workspace re-renders per key`, value: `${per('sidebar')} / ${per('topbar')} / ${per('workspace')}`, goal: '0' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  try {
    for (const [label, project, goal] of [
      ['SIPANTAU', sampleProject(), '< 8 ms'],
      ['5 MB project', largeProject(5 * 1024 * 1024), '< 16 ms'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const app = await startBridge(page);
      try {
        rows.push(...(await typeIn(page, app, project, label, goal)));
      } finally {
        await page.close();
        await app.dispose().catch(() => undefined);
      }
    }
    return rows;
  } finally {
    await browser.close();
  }
}
