/**
 * A mouse drag in the page, watched for long main-thread tasks (over 50 ms) and frame gaps from the press to shortly
 * after the release. Shared by the board figures (boards.bench.ts).
 */
import * as fsp from 'node:fs/promises';
import type { Page } from 'playwright';
import type { BenchRow } from './index';
import { ms } from './stats';

interface Point {
  x: number;
  y: number;
}

export interface DragWatch {
  /** From the press to the release, wall time as the test driver sees it. */
  dragMs: number;
  /** Durations of the long tasks, and when each started (ms after the watch began). */
  long: number[];
  at: number[];
  /** Gaps between animation frames. */
  frames: number[];
  marks: string[];
}

/**
 * Presses at `from`, moves 4 steps to lift the card past the sensor's 5 px, then `steps` moves to `to`, and releases.
 * BENCH_PROFILE=<file>: a CPU profile of the page from the press to the lift, where a drag's start costs most.
 */
export async function watchedDrag(page: Page, from: Point, to: Point, steps: number): Promise<DragWatch> {
  const viewport = page.viewportSize()!;
  for (const p of [from, to])
    if (p.y < 0 || p.y > viewport.height || p.x < 0 || p.x > viewport.width)
      throw new Error(`drag bench: a point lies outside the window (${JSON.stringify(p)}): the pointer would press nothing`);
  // Source text, not a function: tsx rewrites functions with a helper the page does not have.
  await page.evaluate(`(() => {
    window.__bench = { long: [], at: [], frames: [], marks: [], on: true, t0: performance.now() };
    // One observer for the page, however many drags are watched: it writes to the current watch while it is on.
    if (!window.__benchObserver) {
      window.__benchObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) { if (!window.__bench.on) return; window.__bench.long.push(e.duration); window.__bench.at.push(Math.round(e.startTime - window.__bench.t0)); } });
      window.__benchObserver.observe({ type: 'longtask' });
    }
    let last = performance.now();
    const tick = (t) => { if (!window.__bench.on) return; window.__bench.frames.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const mark = (label: string) => page.evaluate(`window.__bench.marks.push('${label}@' + Math.round(performance.now() - window.__bench.t0))`);
  const cdp = process.env['BENCH_PROFILE'] ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.mouse.move(from.x, from.y);
  await mark('down');
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
  await mark('lifted');
  if (cdp) await fsp.writeFile(process.env['BENCH_PROFILE']!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  await page.mouse.move(to.x, to.y, { steps });
  await mark('up');
  await page.mouse.up();
  const dragMs = Date.now() - t0;
  await page.waitForTimeout(300);
  const watch = await page.evaluate<Omit<DragWatch, 'dragMs'>>('(() => { window.__bench.on = false; return window.__bench; })()');
  if (process.env['BENCH_VERBOSE']) console.log('long tasks', watch.long, 'at', watch.at, 'marks', watch.marks);
  return { ...watch, dragMs };
}

/** The rows of one watched drag; a card that did not land gives n/a (figures of a drag that did not happen read as a smooth one). */
export function dragRows(what: string, watch: DragWatch, landed: boolean, note: string): BenchRow[] {
  if (!landed) return [{ measure: what, value: 'n/a', note: 'the card did not land where it was dragged: nothing measured' }];
  const longest = watch.long.length ? Math.max(...watch.long) : 0;
  const budget = 1000 / 60;
  const dropped = watch.frames.reduce((n, d) => n + Math.max(0, Math.round(d / budget) - 1), 0);
  return [
    { measure: what, value: `${watch.dragMs} ms`, note: `card landed; ${note}` },
    { measure: '  long tasks (>50 ms) during the drag', value: String(watch.long.length), goal: '0' },
    { measure: '  longest task during the drag', value: longest ? ms(longest) : 'none over 50 ms', goal: '≤ 50 ms' },
    { measure: '  frames observed / dropped', value: `${watch.frames.length} / ${dropped}` },
    { measure: '  longest frame gap', value: ms(Math.max(...watch.frames)) },
  ];
}
