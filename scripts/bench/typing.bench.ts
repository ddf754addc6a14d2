/**
 * Typing figures (issues 11 and 18): in SIPANTAU and in a 5 MB project, type 500 characters into
 * "Latar belakang", one key at a time, and report the renderer's main-thread time per key
 * (Chromium's TaskDuration: script, style, layout and paint of the keystroke's tasks), its script
 * part, the JS heap after a forced garbage collection before, half-way and after (growth per key in
 * the second half, when one-off costs such as compiled code are paid), and how often the sidebar,
 * the top bar and the workspace re-rendered per key (window.__rancangRenders; the goal is 0 — only
 * the section being edited redraws). Uses the built renderer (dist/, or $RANCANG_DIST; run
 * `npm run build` first) and the e2e bridge.
 *
 * The 5 MB fixture's latar belakang is one 135,000-character paragraph with no line break, which
 * nobody writes: Chromium lays the whole paragraph out again on every key, and a bare textarea
 * holding it (no app, no script) already costs about 15 ms a key. So the 5 MB project is typed in
 * twice — as generated, and with the same text in paragraphs of five sentences — and each is
 * anchored by a bare textarea holding the same text in the same width: the app's cost is the
 * difference.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright';
import { HISTORY_LIMIT } from '../../shared/domain/history';
import { encodeProject } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { startBridge, type Bridge } from '../../tests/e2e/support/bridge';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { largeProject, sampleProject } from './fixtures';
import type { BenchRow } from './index';
import { ms } from './stats';
import { chromiumPath } from '../support/chromiumPath';

export const name = 'typing';
const KEYS = Number(process.env['BENCH_KEYS'] ?? 500);

/** The same text in paragraphs of five sentences, as a person writes it (same length, give or take the breaks). */
function inParagraphs(project: Project): Project {
  const sentences = project.narrative.latarBelakang.split(/(?<=\. )/);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5)
    paragraphs.push(
      sentences
        .slice(i, i + 5)
        .join('')
        .trimEnd(),
    );
  return { ...project, narrative: { ...project.narrative, latarBelakang: paragraphs.join('\n\n') } };
}

const typeKeys = async (page: Page, n: number) => {
  // One key at a time, as a person types: each key's work is its own tasks.
  for (let i = 0; i < n; i++) await page.keyboard.type(i % 10 === 9 ? ' ' : 'x', { delay: 0 });
};

/** What Chromium alone costs per key: a bare textarea with the same text, font and width, no script. */
async function bareTextarea(page: Page, text: string, width: number): Promise<{ task: number; cpu: number }> {
  await page.setContent(
    `<body style="margin:0;font:15px/1.45 'Segoe UI','Noto Sans',Ubuntu,Cantarell,'Liberation Sans',Arial,sans-serif"><textarea dir="auto" rows="8" style="width:${width}px;font:inherit;unicode-bidi:isolate;box-sizing:border-box"></textarea></body>`,
  );
  const area = page.locator('textarea');
  await area.fill(text);
  await area.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const m = (await cdp.send('Performance.getMetrics')).metrics;
    return ['TaskDuration', 'ThreadTime'].map((name) => (m.find((x) => x.name === name)?.value ?? 0) * 1000) as [number, number];
  };
  const [t0, c0] = await read();
  await typeKeys(page, KEYS);
  const [t1, c1] = await read();
  await cdp.detach();
  return { task: (t1 - t0) / KEYS, cpu: (c1 - c0) / KEYS };
}

async function typeIn(page: Page, app: Bridge, project: Project, label: string, goal: string): Promise<BenchRow[]> {
  const text = encodeProject(project, { appVersion: 'bench', installId: 'lain', savedAt: '' });
  const file = path.join(app.workDir, 'ketik.rancang');
  await fsp.writeFile(file, text);
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  app.dialogs.answer(path.join(app.workDir, 'ketik-saya.rancang'));
  // Generous waits: on a shared, loaded machine opening the 5 MB file can take a while.
  await page.getByRole('button', { name: 'Sunting salinan' }).first().click({ timeout: 180_000 });
  await page.locator('[data-section="latar-belakang"]').click({ timeout: 180_000 });
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
  const width = await area.evaluate((el) => el.getBoundingClientRect().width);
  const h0 = await heapAfterGc();
  const r0 = await renders();
  const task0 = await metric('TaskDuration');
  const script0 = await metric('ScriptDuration');
  const cpu0 = await metric('ThreadTime');
  const half = Math.floor(KEYS / 2);
  await typeKeys(page, half);
  // The heap half-way is read outside the timed keys: a forced GC is no keystroke's work.
  const taskA = await metric('TaskDuration');
  const scriptA = await metric('ScriptDuration');
  const cpuA = await metric('ThreadTime');
  const hHalf = await heapAfterGc();
  const taskB = await metric('TaskDuration');
  const scriptB = await metric('ScriptDuration');
  const cpuB = await metric('ThreadTime');
  await typeKeys(page, KEYS - half);
  const task1 = (await metric('TaskDuration')) - (taskB - taskA);
  const script1 = (await metric('ScriptDuration')) - (scriptB - scriptA);
  const cpu1 = (await metric('ThreadTime')) - (cpuB - cpuA);
  await saved.waitFor({ timeout: 60_000 });
  const r1 = await renders();
  const h1 = await heapAfterGc();
  await cdp.detach();
  const bare = await bareTextarea(page, project.narrative.latarBelakang, width);
  const per = (k: string) => (((r1[k] ?? 0) - (r0[k] ?? 0)) / KEYS).toFixed(2);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  return [
    {
      measure: `${label}: main-thread time per key`,
      value: ms((task1 - task0) / KEYS),
      goal,
      note: `${(text.length / 1024 / 1024).toFixed(2)} MB file, ${KEYS} keys in Latar belakang (${project.narrative.latarBelakang.length.toLocaleString('en')} characters), TaskDuration`,
    },
    { measure: `${label}:   of which script`, value: ms((script1 - script0) / KEYS) },
    { measure: `${label}:   main-thread CPU per key`, value: ms((cpu1 - cpu0) / KEYS), note: 'ThreadTime: without the waits for a core on a loaded machine' },
    {
      measure: `${label}:   anchor: bare textarea, same text`,
      value: `${ms(bare.task)} (CPU ${ms(bare.cpu)})`,
      note: 'Chromium alone: no app, no script; the app adds the difference',
    },
    {
      measure: `${label}: JS heap after GC, before → half → after`,
      value: `${mb(h0)} → ${mb(hHalf)} → ${mb(h1)}`,
      goal: 'no growth per key',
      note: `${((h1 - hHalf) / (KEYS - half)).toFixed(0)} bytes per key in the second half (${((hHalf - h0) / half).toFixed(0)} in the first); the text grows by 2 bytes a key, and the undo history keeps at most ${HISTORY_LIMIT} steps`,
    },
    { measure: `${label}: sidebar / top bar / workspace re-renders per key`, value: `${per('sidebar')} / ${per('topbar')} / ${per('workspace')}`, goal: '0' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  const only = process.env['BENCH_TYPING_ONLY'];
  try {
    for (const [label, project, goal] of [
      ['SIPANTAU', sampleProject(), '< 8 ms'],
      ['5 MB project, one 135 KB paragraph', largeProject(5 * 1024 * 1024), '< 16 ms'],
      ['5 MB project, text in paragraphs', inParagraphs(largeProject(5 * 1024 * 1024)), '< 16 ms'],
    ] as const) {
      if (only && !label.includes(only)) continue;
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
