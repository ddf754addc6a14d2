/**
 * Seminar kit figures (issue 14): the PPTX deck and the A3 poster (SVG → 300 dpi PNG → PDF) for
 * SIPANTAU and for a generated project 20× its size, each a median of a few runs with a fresh
 * rasteriser (the app's keeps recent pictures, which would hide their cost). Prints only.
 */
import path from 'node:path';
import { posterFiles } from '../../electron/core/poster/posterExporter';
import { createRasterizer } from '../../electron/core/report/rasterize';
import { pptxBytes } from '../../electron/core/slides/exporter';
import { buildDeck } from '../../shared/slides/buildDeck';
import type { Project } from '../../shared/model/types';
import { generateProject } from '../../tests/generator/project';
import { withPictures } from '../../tests/generator/pictures';
import type { BenchRow } from './index';
import { ROOT, sampleProject } from './fixtures';
import { median, ms, timeMany } from './stats';

export const name = 'seminar-kit';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
const RUNS = 3;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const projects: [string, Project][] = [
    ['SIPANTAU', sampleProject()],
    ['20× SIPANTAU', withPictures(generateProject({ seed: 20, scale: 20, implemented: true }), 40, 20)],
  ];
  for (const [label, project] of projects) {
    for (const kind of ['rancangan', 'laporan'] as const) {
      const model = await timeMany(RUNS, () => buildDeck(project, { kind }));
      const deck = buildDeck(project, { kind });
      let size = 0;
      const total = await timeMany(RUNS, async () => {
        size = (await pptxBytes(project, { kind }, createRasterizer(FONTS))).bytes.length;
      });
      rows.push({ measure: `${label} ${kind}: deck model (measure and split)`, value: ms(median(model)) });
      rows.push({
        measure: `${label} ${kind}: PPTX total`,
        value: ms(median(total)),
        note: `${deck.slides.length} slides, ~${deck.minutes} min, ${(size / 1024).toFixed(0)} KB`,
      });
    }
    let png = 0;
    let pdf = 0;
    const poster = await timeMany(RUNS, async () => {
      const f = await posterFiles(project, { kind: 'laporan', size: 'A3' }, createRasterizer(FONTS));
      png = f.png.length;
      pdf = f.pdf.length;
    });
    rows.push({
      measure: `${label}: A3 poster (SVG, 300 dpi PNG, PDF)`,
      value: ms(median(poster)),
      note: `PNG ${(png / 1024 / 1024).toFixed(1)} MB, PDF ${(pdf / 1024 / 1024).toFixed(1)} MB`,
    });
  }
  return rows;
}
