/**
 * The hostile corpus (tests/hostile/corpus.ts, seed 17), per class: the worst time to open (a
 * fresh process per file, with its peak memory), to parse every long text as the renderer's
 * preview does ("render"), and to export the DOCX. Prints figures, asserts nothing.
 * HOSTILE_EXPORT=all exports every case; by default the first case of each class and the
 * combined file (a full export takes seconds each).
 */
import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readProjectFile } from '../../electron/core/projectFile';
import { reportBytes } from '../../electron/core/report/exporter';
import { measureFontsFrom } from '../../electron/core/report/measureFonts';
import { createRasterizer } from '../../electron/core/report/rasterize';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import { parseBoundedRichText } from '../../shared/text/richText';
import { combinedCase, HOSTILE_CLASSES, hostileCorpus, type HostileCase } from '../../tests/hostile/corpus';
import type { BenchRow } from './index';

export const name = 'hostile';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FONTS = path.join(ROOT, 'renderer/public/fonts');

interface Worst {
  open: number;
  openId: string;
  render: number;
  renderId: string;
  exp: number;
  expId: string;
  peak: number;
  peakId: string;
}

export async function run(): Promise<BenchRow[]> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-hostile-'));
  const cases: HostileCase[] = [...hostileCorpus(), combinedCase()];
  const exportAll = process.env['HOSTILE_EXPORT'] === 'all';
  const worst = new Map<string, Worst>();
  const raster = createRasterizer(FONTS);
  const measure = measureFontsFrom(FONTS);
  try {
    for (const c of cases) {
      const cls = c.id === 'combined' ? 'combined' : c.class;
      const w = worst.get(cls) ?? { open: 0, openId: '', render: 0, renderId: '', exp: 0, expId: '', peak: 0, peakId: '' };
      worst.set(cls, w);
      const file = path.join(dir, `${c.id}.rancang`);
      await fsp.writeFile(file, c.text);
      const child = JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'hostileOpen.child.ts'), file], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        })
          .trim()
          .split('\n')
          .pop()!,
      ) as { ok: boolean; wallMs: number; cpuMs: number; peakMB: number };
      if (child.wallMs > w.open) Object.assign(w, { open: child.wallMs, openId: c.id });
      if (child.peakMB > w.peak) Object.assign(w, { peak: child.peakMB, peakId: `${c.id} (${(c.text.length / 1e6).toFixed(1)} MB)` });
      if (!child.ok) continue;
      const r = await readProjectFile(file);
      if (!r.ok) continue;
      const p = r.value.decoded.project;
      const t0 = performance.now();
      for (const text of Object.values(p.narrative)) parseBoundedRichText(text);
      const render = performance.now() - t0;
      if (render > w.render) Object.assign(w, { render, renderId: c.id });
      const first = cases.find((k) => k.class === c.class) === c || c.id === 'combined';
      if (exportAll || first) {
        const t1 = performance.now();
        await reportBytes({ project: p, kind: 'rancangan', options: DEFAULT_EXPORT_OPTIONS }, raster, measure);
        const exp = performance.now() - t1;
        if (exp > w.exp) Object.assign(w, { exp, expId: c.id });
      }
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const rows: BenchRow[] = [{ measure: 'corpus', value: `${cases.length} files`, note: `${HOSTILE_CLASSES.length} classes + combined, seed 17` }];
  for (const [cls, w] of worst) {
    rows.push({ measure: `${cls}: open (worst)`, value: s(w.open), note: w.openId });
    if (w.renderId) rows.push({ measure: `${cls}: parse for preview (worst)`, value: s(w.render), note: w.renderId });
    if (w.expId) rows.push({ measure: `${cls}: export DOCX (worst)`, value: s(w.exp), note: w.expId });
    rows.push({ measure: `${cls}: peak memory on open`, value: `${w.peak.toFixed(0)} MB`, note: w.peakId });
  }
  return rows;
}
