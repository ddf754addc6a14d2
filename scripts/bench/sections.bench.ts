/**
 * Section switch figures (issue 18): in a generated project with 500 milestones (and about 300 risks
 * and budget lines, 200 team members, 500 stakeholders), the time from a click on a sidebar entry
 * until the section is drawn: the click handler and React's commit, then style, layout and paint
 * (read after the next frame). Each section is entered from Identitas, in turn, several times;
 * median with min–max. Beside that wall time, the renderer main thread's CPU time over the same
 * span (Chromium's ThreadTime): on a shared, loaded machine the wall time (and TaskDuration) also
 * count the waits for a core, the CPU time does not. Uses the built renderer (dist/, or $RANCANG_DIST; run `npm run build` first).
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright';
import { encodeProject } from '../../shared/model/envelope';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startBridge } from '../../tests/e2e/support/bridge';
import { generateProject } from '../../tests/generator/project';
import type { BenchRow } from './index';
import { spread } from './stats';
import { chromiumPath } from '../support/chromiumPath';

export const name = 'sections';

// 'tujuan' is the anchor: a short form, what any switch costs (sidebar, heading, readiness panel).
const SECTIONS = ['tujuan', 'milestone', 'risiko', 'anggaran', 'tim', 'stakeholder'] as const;

// Source text, not a function: tsx rewrites functions with a helper the page does not have.
const SWITCH = `(async (section) => {
  const button = document.querySelector('[data-section="' + section + '"]');
  const t0 = performance.now();
  button.click();
  // Drawn lazily (a chunk still loading) counts too: wait until the section's editor is there.
  for (let i = 0; i < 2000 && !document.querySelector('[data-section-editor="' + section + '"]'); i++) await new Promise((r) => setTimeout(r, 1));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})`;

export async function run(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const app = await startBridge(page);
    try {
      const project = generateProject({ seed: 1, scale: 42 });
      const file = path.join(app.workDir, 'besar.rancang');
      await fsp.writeFile(file, encodeProject(project, { appVersion: 'bench', installId: 'lain', savedAt: '' }));
      app.dialogs.answer(file);
      await page.getByRole('button', { name: 'Buka berkas…' }).click();
      app.dialogs.answer(path.join(app.workDir, 'besar-saya.rancang'));
      await page.getByRole('button', { name: 'Sunting salinan' }).first().click();
      await page.locator('[data-section="identitas"]').waitFor();
      const times = new Map<string, number[]>(SECTIONS.map((s) => [s, []]));
      const tasks = new Map<string, number[]>(SECTIONS.map((s) => [s, []]));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const cpuTime = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
      const runs = Number(process.env['BENCH_RUNS'] ?? 3);
      for (let i = 0; i < runs; i++) {
        for (const s of SECTIONS) {
          await page.locator('[data-section="identitas"]').click();
          await page.waitForTimeout(300);
          const t0 = await cpuTime();
          times.get(s)!.push(await page.evaluate<number>(`${SWITCH}(${JSON.stringify(s)})`));
          tasks.get(s)!.push((await cpuTime()) - t0);
        }
      }
      const counts: Record<string, string> = {
        tujuan: 'anchor: a short form',
        milestone: `${project.milestones.length} milestones`,
        risiko: `${project.risks.length} risks`,
        anggaran: `${project.budgetLines.length} budget lines`,
        tim: `${project.team.length} team members`,
        stakeholder: `${project.stakeholders.length} stakeholders`,
      };
      return SECTIONS.flatMap((s) => [
        {
          measure: `switch to ${s}`,
          value: spread(times.get(s)!),
          goal: s === 'milestone' ? '< 200 ms' : undefined,
          note: `${counts[s]}; click → drawn (next frame), ${runs} runs`,
        },
        { measure: `  main-thread CPU time`, value: spread(tasks.get(s)!), note: 'ThreadTime over the same span' },
      ]);
    } finally {
      await page.close();
      await app.dispose().catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
}
