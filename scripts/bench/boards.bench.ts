/**
 * Board figures (issue 4): a project with 200 stakeholders and 300 milestones, a card dragged
 * across the whole stakeholder grid by mouse in Chromium — the longest main-thread task during
 * the drag (goal: none over 50 ms) and the frames dropped. Uses the built renderer (dist/, or
 * $RANCANG_DIST; run `npm run build` first) and the same bridge as the e2e tests.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright';
import { createProject, encodeProject } from '../../shared/model/envelope';
import { MilestoneSchema, StakeholderSchema } from '../../shared/model/schema';
import { startBridge } from '../../tests/e2e/support/bridge';
import { CHROMIUM_ARGS } from '../../playwright.config';
import type { BenchRow } from './index';
import { ms } from './stats';
import { chromiumPath } from '../support/chromiumPath';

export const name = 'boards';

function bigBoardProject() {
  const p = createProject({ title: 'Papan besar' });
  p.stakeholders = Array.from({ length: 200 }, (_, i) =>
    StakeholderSchema.parse({
      id: `s${i}`,
      name: `Pemangku kepentingan ${i + 1}`,
      category: i % 2 ? 'EXTERNAL' : 'INTERNAL',
      before: { power: (i % 5) + 1, interest: (Math.floor(i / 5) % 5) + 1, attitude: (['MENDUKUNG', 'NETRAL', 'MENOLAK'] as const)[i % 3] },
      after: { power: 5, interest: 5 },
    }),
  );
  p.milestones = Array.from({ length: 300 }, (_, i) =>
    MilestoneSchema.parse({
      id: `m${i}`,
      horizon: (['PENDEK', 'MENENGAH', 'PANJANG'] as const)[i % 3],
      title: `Milestone ${i + 1}`,
      start: '2022-03-15',
      end: '2022-04-01',
    }),
  );
  return p;
}

export async function run(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1100 } });
    const app = await startBridge(page);
    try {
      const file = path.join(app.workDir, 'besar.rancang');
      await fsp.writeFile(file, encodeProject(bigBoardProject(), { appVersion: 'bench', installId: 'lain', savedAt: '' }));
      app.dialogs.answer(file);
      await page.getByRole('button', { name: 'Buka berkas…' }).click();
      app.dialogs.answer(path.join(app.workDir, 'besar-saya.rancang'));
      await page.getByRole('button', { name: 'Sunting salinan' }).click();
      await page.locator('[data-section="stakeholder"]').click();
      const grid = page.getByTestId('stakeholder-grid');
      // Crowded cells make the grid taller than a laptop's window; the window is made tall enough for the
      // whole grid, so the drag goes from its first cell to its last without scrolling (and the pointer
      // stays on the page: events outside the viewport reach nothing).
      const gridHeight = (await grid.boundingBox())!.height;
      await page.setViewportSize({ width: 1366, height: Math.ceil(gridHeight) + 120 });
      await grid.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const cardsOnGrid = await page.locator('.sh-card').count();

      // Observe long tasks and frame gaps during the drag only.
      // Source text, not a function: tsx rewrites functions with a helper the page does not have.
      await page.evaluate(`(() => {
        window.__bench = { long: [], at: [], frames: [], on: true, t0: performance.now() };
        new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__bench.long.push(e.duration); window.__bench.at.push(Math.round(e.startTime - window.__bench.t0)); } }).observe({ type: 'longtask' });
        let last = performance.now();
        const tick = (t) => { if (!window.__bench.on) return; window.__bench.frames.push(t - last); last = t; requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      const dragged = page.locator('[data-cell="1-1"] .sh-handle').first();
      const draggedId = (await dragged.getAttribute('data-testid'))!;
      const from = (await dragged.boundingBox())!;
      const to = (await page.locator('[data-cell="5-5"]').boundingBox())!;
      const viewport = page.viewportSize()!;
      for (const box of [from, to])
        if (box.y < 0 || box.y + box.height > viewport.height) throw new Error(`boards bench: a cell lies outside the window (${JSON.stringify(box)})`);
      const mark = (label: string) =>
        page.evaluate(`window.__bench.marks = (window.__bench.marks || []).concat('${label}@' + Math.round(performance.now() - window.__bench.t0))`);
      // BENCH_PROFILE=<file>: a CPU profile of the page from the press to the drag's start (where the long task was).
      const cdp = process.env['BENCH_PROFILE'] ? await page.context().newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const t0 = Date.now();
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await mark('down');
      await page.mouse.down();
      await page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
      await mark('activated');
      if (cdp) await fsp.writeFile(process.env['BENCH_PROFILE']!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 80 });
      await mark('up');
      await page.mouse.up();
      const dragMs = Date.now() - t0;
      await page.waitForTimeout(300);
      const stats = await page.evaluate<{ long: number[]; at: number[]; marks: string[]; frames: number[] }>(
        '(() => { window.__bench.on = false; return window.__bench; })()',
      );
      if (process.env['BENCH_VERBOSE']) console.log('long tasks at', stats.at, 'marks', stats.marks);
      // The target cell is crowded (8 cards; a cell shows 6 and folds the rest): open it before looking for the card.
      const target = page.locator('[data-cell="5-5"]');
      const more = target.locator('.sh-more[aria-expanded="false"]');
      if (await more.count()) await more.click();
      const moved = await target.locator(`[data-testid="${draggedId}"]`).count();
      const longest = stats.long.length ? Math.max(...stats.long) : 0;
      const budget = 1000 / 60;
      const dropped = stats.frames.reduce((n, d) => n + Math.max(0, Math.round(d / budget) - 1), 0);
      const about = [
        { measure: 'stakeholders / milestones in the project', value: '200 / 300' },
        { measure: 'cards rendered on the grid', value: String(cardsOnGrid), note: 'crowded cells fold beyond 6' },
      ];
      // Figures of a drag that did not happen would read as a smooth one (for a while they did: the grid had grown
      // past the window and the pointer pressed outside it).
      if (!moved) return [...about, { measure: 'drag across the grid', value: 'n/a', note: 'the card did not land in the target cell: nothing measured' }];
      return [
        ...about,
        {
          measure: 'drag across the grid (84 pointer moves)',
          value: `${dragMs} ms`,
          note: `card landed in the target cell; window ${viewport.width}×${viewport.height}`,
        },
        { measure: 'long tasks (>50 ms) during the drag', value: String(stats.long.length), goal: '0' },
        { measure: 'longest task during the drag', value: longest ? ms(longest) : 'none over 50 ms', goal: '≤ 50 ms' },
        { measure: 'frames observed / dropped', value: `${stats.frames.length} / ${dropped}` },
        { measure: 'longest frame gap', value: ms(Math.max(...stats.frames)) },
      ];
    } finally {
      await app.dispose();
    }
  } finally {
    await browser.close();
  }
}
