/**
 * Cohort figures (issue 16): summarising a class folder of 60 and of 500 generated projects
 * (mixed sizes, with the damaged files, duplicate, symlink loop and 10,000 photos of the test
 * folder), as the app and `npm run cohort` do it. Time is the median of 3; memory is the peak
 * resident size above the starting point, sampled every 5 ms while it runs.
 */
import * as fsp from 'node:fs/promises';
import { summariseCohort } from '../../electron/core/cohort';
import { makeCohortFolder } from '../../tests/unit/cohort/cohortFolder';
import type { BenchRow } from './index';
import { median, ms } from './stats';

export const name = 'cohort';

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [60, 500]) {
    const fx = await makeCohortFolder({ projects: n, nonProjectFiles: 10_000 });
    try {
      const times: number[] = [];
      let peak = 0;
      let absolute = 0;
      for (let i = 0; i < 3; i++) {
        global.gc?.();
        const base = process.memoryUsage().rss;
        const timer = setInterval(() => {
          const rss = process.memoryUsage().rss;
          peak = Math.max(peak, rss - base);
          absolute = Math.max(absolute, rss);
        }, 5);
        const t0 = performance.now();
        const s = await summariseCohort(fx.root, { today: '2022-06-01' });
        times.push(performance.now() - t0);
        clearInterval(timer);
        if (s.entries.filter((e) => e.ok).length < n) throw new Error('cohort bench: projects missing from the summary');
      }
      const mb = (await dirBytes(fx.root)) / 1024 / 1024;
      rows.push({
        measure: `summary of ${n} projects + 10,000 other files`,
        value: ms(median(times)),
        goal: n === 60 ? '< 2 s' : undefined,
        note: `min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; ${mb.toFixed(0)} MB of projects`,
      });
      rows.push({
        measure: `peak memory above start, ${n} projects`,
        value: `${(peak / 1024 / 1024).toFixed(0)} MB`,
        note: `RSS sampled every 5 ms; process peak ${(absolute / 1024 / 1024).toFixed(0)} MB`,
      });
    } finally {
      await fsp.rm(fx.root, { recursive: true, force: true });
    }
  }
  return rows;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.rancang') && !e.name.startsWith('besar')) total += (await fsp.stat(`${e.parentPath}/${e.name}`)).size;
  }
  return total;
}
