/**
 * Report figures: the DOCX export against pandoc converting equivalent content, on the worked
 * example (SIPANTAU) and generated projects 5× and 20× its size. Two honest comparisons:
 *  - whole process, cold against cold: `node dist-cli/report.mjs` (what `npm run report` runs)
 *    against `pandoc report.md --toc -o out.docx`, each a fresh process, CPU seconds from the OS;
 *  - in process, warm against warm: our export in this (warmed) process against pandoc's work
 *    without its start-up (its conversion's CPU less that of `pandoc --version`).
 * Then what pandoc is spared (sparedWork.ts): start-up, figures and page numbers measured on their
 * own, against pandoc's whole process: the floor of the whole-process ratio.
 * Pairs run in turn (A B A B …) and each ratio is taken within its pair; medians with min–max.
 * Set BENCH_RUNS to change the number of pairs. The load average is printed before and after.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { reportBytes, type ExportStep } from '../../electron/core/report/exporter';
import { measureFontsFrom } from '../../electron/core/report/measureFonts';
import { createRasterizer } from '../../electron/core/report/rasterize';
import { encodeProject } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import { reportKindForPhase } from '../../shared/domain/reportKind';
import { generateProject } from '../../tests/generator/project';
import type { BenchRow } from './index';
import { ROOT, sampleProject } from './fixtures';
import { writePandocInput } from './pandocInput';
import { sparedWork, type SparedWork } from './sparedWork';
import { hasGnuTime, timeProcess } from './processTime';
import { cpuOf, median, ms, paired, ratioSpread, spread } from './stats';

export const name = 'report';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
const CLI = path.join(ROOT, 'dist-cli/report.mjs');
const measure = measureFontsFrom(FONTS);

export const ANCHOR_NOTE =
  'each project as npm run report exports it (SIPANTAU is finished: its laporan; the generated ones: their rancangan). ' +
  'pandoc converts from Markdown the same chapters, paragraphs and tables, the charts as PNGs we rasterised for it beforehand ' +
  '(outside its time) and the evidence photos (the same bytes); ' +
  'it gets no cover, approval page or front matter (kata pengantar, abstrak, lists of tables and figures), no numbered lists, ' +
  'long texts as their Markdown (pictures inside them as text), and does no page layout: its TOC is a field without page numbers that Word fills in. ' +
  'Ours reads and validates the .rancang file, rasterises the charts, lays out every page and writes the TOC and lists with their page numbers.';

interface Fixture {
  label: string;
  project: Project;
  runs: number;
}

function fixtures(): Fixture[] {
  const runs = (n: number) => Number(process.env['BENCH_RUNS'] ?? n);
  return [
    { label: 'SIPANTAU (1×)', project: sampleProject(), runs: runs(5) },
    { label: 'generated 5×', project: generateProject({ seed: 1, scale: 5 }), runs: runs(3) },
    { label: 'generated 20×', project: generateProject({ seed: 1, scale: 20 }), runs: runs(3) },
  ];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [{ measure: 'anchor', value: 'pandoc', note: ANCHOR_NOTE }];
  if (spawnSync('pandoc', ['--version']).status !== 0 || !hasGnuTime()) {
    rows.push({ measure: 'pandoc or /usr/bin/time', value: 'n/a', note: 'not installed: no comparison' });
    return rows;
  }
  if (!existsSync(CLI)) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`could not build ${CLI}: ${built.stderr}`);
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-bench-report-'));
  try {
    rows.push({ measure: 'load average (1, 5, 15 min) at the start', value: loadAverage() });
    // The command keeps V8's compiled code between runs (scripts/reportStart.ts). A cache folder of this bench's own,
    // written by one first export (its figure shown alone): the paired runs start from it, as a user's later exports do.
    process.env['RANCANG_CLI_CODE_CACHE'] = path.join(dir, 'v8-cache');
    let cacheWritten = false;
    for (const { label, project, runs } of fixtures()) {
      // What `npm run report` exports for the file: the laporan of a finished project, else the rancangan.
      const kind = reportKindForPhase(project.phase);
      const file = path.join(dir, `${label.replace(/\W+/g, '-')}.rancang`);
      await fsp.writeFile(file, encodeProject(project, { appVersion: 'bench', installId: 'bench', savedAt: '' }));
      const md = await writePandocInput(project, kind, path.join(dir, `md-${path.basename(file, '.rancang')}`));
      const mdDir = path.dirname(md);
      const pandoc = () => timeProcess('pandoc', [md, '--toc', '-o', path.join(mdDir, 'out.docx')], mdDir);
      const pandocStart = () => timeProcess('pandoc', ['--version'], mdDir);

      if (!cacheWritten) {
        const first = timeProcess(process.execPath, [CLI, file, '--kind', kind, '--out', path.join(dir, 'ours.docx')], ROOT);
        rows.push({ measure: `${label}: whole process, ours CPU, first run (writes the code cache)`, value: ms(first.cpuMs) });
        cacheWritten = true;
      }

      // Whole process, cold against cold (a fresh process each, from the code cache).
      let ourPeak = 0;
      const whole = await paired(
        runs,
        () => {
          const t = timeProcess(process.execPath, [CLI, file, '--kind', kind, '--out', path.join(dir, 'ours.docx')], ROOT);
          ourPeak = Math.max(ourPeak, t.peakMiB);
          return t;
        },
        pandoc,
        (t) => t.cpuMs,
      );
      const wall = await paired(
        1,
        () => timeProcess(process.execPath, [CLI, file, '--kind', kind, '--out', path.join(dir, 'ours.docx')], ROOT),
        pandoc,
        (t) => t.wallMs,
      );
      rows.push(
        {
          measure: `${label}: whole process, ours CPU`,
          value: spread(whole.a),
          note: `node dist-cli/report.mjs, ${kind}, ${project.milestones.length} milestones, peak ${ourPeak.toFixed(0)} MiB`,
        },
        { measure: `${label}: whole process, pandoc CPU`, value: spread(whole.b) },
        {
          measure: `${label}: whole process, ours ÷ pandoc (CPU)`,
          value: ratioSpread(whole.ratios),
          goal: '≤ 1.0×',
          note: `${runs} pairs; wall ratio of one more pair ${wall.ratios[0]!.toFixed(2)}×`,
        },
      );

      // In process, warm against warm: ours in this process; pandoc's conversion less its start-up.
      const request = { project, kind, options: DEFAULT_EXPORT_OPTIONS };
      const steps = new Map<ExportStep, number[]>();
      const onStep = (s: ExportStep, t: number) => steps.set(s, [...(steps.get(s) ?? []), t]);
      let bytes = 0;
      // A fresh rasteriser each time: the app's keeps recent pictures, which would hide their cost.
      const ours = async () =>
        cpuOf(async () => {
          bytes = (await reportBytes(request, createRasterizer(FONTS), measure, onStep)).bytes.length;
        });
      const theirs = () => {
        const work = pandoc().cpuMs - pandocStart().cpuMs;
        return Math.max(work, 1);
      };
      await ours();
      steps.clear();
      const warm = await paired(runs, ours, theirs, (x) => x);
      rows.push(
        { measure: `${label}: in process, ours CPU (warm)`, value: spread(warm.a), note: `${(bytes / 1024).toFixed(0)} KB DOCX` },
        { measure: `${label}: pandoc's work less its start-up, CPU`, value: spread(warm.b) },
        { measure: `${label}: in process, ours ÷ pandoc`, value: ratioSpread(warm.ratios) },
        ...(['outline', 'figures', 'document'] as const).map((s) => ({
          measure: `  ${s === 'outline' ? 'outline from the project' : s === 'figures' ? 'rasterise + encode the figures' : 'build, lay out, pack the DOCX'} (wall, same runs)`,
          value: ms(median(steps.get(s)!.slice(-runs))),
        })),
      );

      // What pandoc is spared (sparedWork.ts): after one warm-up, `runs` measurements of each part.
      await sparedWork(request, FONTS, measure, CLI);
      const spared: SparedWork[] = [];
      for (let i = 0; i < runs; i++) spared.push(await sparedWork(request, FONTS, measure, CLI));
      const part = (key: keyof SparedWork) => median(spared.map((s) => s[key]));
      const floor = part('startMs') + part('figuresMs') + part('pageNumbersMs');
      rows.push(
        {
          measure: `${label}: what pandoc is spared, CPU: start-up + figures + page numbers`,
          value: `${ms(part('startMs'))} + ${ms(part('figuresMs'))} + ${ms(part('pageNumbersMs'))} = ${ms(floor)}`,
          note: `medians of ${runs}, each part on its own`,
        },
        {
          measure: `${label}: what pandoc is spared ÷ pandoc's whole process`,
          value: `${(floor / median(whole.b)).toFixed(2)}×`,
          note: 'the lowest whole-process ratio while the report keeps its print-resolution charts and page numbers',
        },
      );
    }
    rows.push({ measure: 'load average (1, 5, 15 min) at the end', value: loadAverage(), note: '2 cores shared: ratios hold better than absolute times' });
    return rows;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
