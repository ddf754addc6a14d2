/**
 * Report figures (issue 5): DOCX export of the SIPANTAU project with its figures, in process
 * (goal < 1 s), split into its steps; and pandoc (Debian's) converting the same content from an
 * equivalent Markdown file, as a whole process — the way other apps shell out to it.
 */
import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { reportBytes } from '../../electron/core/report/exporter';
import { measureFontsFrom } from '../../electron/core/report/measureFonts';
import { createRasterizer, printPixels } from '../../electron/core/report/rasterize';
import { prepareReport, type FigureImage } from '../../shared/report/buildReport';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import type { ReportKind } from '../../shared/report/outline';
import type { BenchRow } from './index';
import { ROOT, sampleProject } from './fixtures';
import { outlineMarkdown } from './reportMarkdown';
import { median, ms, timeMany } from './stats';

export const name = 'report';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
const RUNS = 7;
const measure = measureFontsFrom(FONTS);

export async function run(): Promise<BenchRow[]> {
  const project = sampleProject();
  const rows: BenchRow[] = [];
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-bench-report-'));
  try {
    for (const kind of ['rancangan', 'laporan'] as ReportKind[]) {
      const request = { project, kind, options: DEFAULT_EXPORT_OPTIONS };
      // A fresh rasteriser per export: the app's keeps recent pictures, which would hide their cost.
      const fresh = () => createRasterizer(FONTS);
      await reportBytes(request, fresh(), measure);
      const total = await timeMany(RUNS, () => reportBytes(request, fresh(), measure));
      const cached = createRasterizer(FONTS);
      await reportBytes(request, cached, measure);
      const again = await timeMany(RUNS, () => reportBytes(request, cached, measure));
      const { bytes, figures } = await reportBytes(request, fresh(), measure);
      rows.push({ measure: `${kind}: DOCX export with figures, median`, value: ms(median(total)), goal: '< 1 s', note: `${figures} figures, ${(bytes.length / 1024).toFixed(0)} KB, in process` });
      rows.push({ measure: `${kind}: export again (pictures cached)`, value: ms(median(again)) });
    }

    // Where the time goes (rancangan).
    const prepared = prepareReport(project, 'rancangan', DEFAULT_EXPORT_OPTIONS);
    const width = printPixels(14);
    const images = new Map<string, FigureImage>();
    const raster = await timeMany(RUNS, async () => {
      const r = createRasterizer(FONTS);
      const pngs = await Promise.all(prepared.outline.figures.map((f) => r(f.chart.svg, width)));
      prepared.outline.figures.forEach((f, i) => images.set(f.figureId, pngs[i]!));
    });
    const outline = await timeMany(RUNS, () => prepareReport(project, 'rancangan', DEFAULT_EXPORT_OPTIONS));
    const fonts = measure(project.documentSettings.font);
    const withLayout = await timeMany(RUNS, () => Packer.toBuffer(prepared.render(images, { measureFonts: fonts })));
    const withTables = await timeMany(RUNS, () => Packer.toBuffer(prepared.render(images)));
    const withoutLayout = await timeMany(RUNS, () => Packer.toBuffer(prepared.render(images, { pageNumbers: null })));
    rows.push(
      { measure: '  rasterise the figures (resvg, 250 dpi, in parallel)', value: ms(median(raster)) },
      { measure: '  outline from the project', value: ms(median(outline)) },
      { measure: '  build + pack DOCX, layout measured from Liberation Serif', value: ms(median(withLayout)) },
      { measure: '  … measured from docx\'s width tables instead', value: ms(median(withTables)) },
      { measure: '  build + pack DOCX without it', value: ms(median(withoutLayout)), note: 'TOC would then have no page numbers' },
    );

    // pandoc: the same chapters, tables and pictures as Markdown → DOCX with a TOC.
    const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    if (pandoc.status !== 0) {
      rows.push({ measure: 'pandoc', value: 'n/a', note: 'pandoc not installed' });
      return rows;
    }
    for (const [id, image] of images) await fsp.writeFile(path.join(dir, `${id}.png`), image.png);
    const md = path.join(dir, 'sipantau.md');
    await fsp.writeFile(md, outlineMarkdown(prepared.outline, (id) => `${id}.png`));
    const out = path.join(dir, 'pandoc.docx');
    const convert = () => {
      const r = spawnSync('pandoc', [md, '--toc', '-o', out], { cwd: dir });
      if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
    };
    convert();
    const pandocTimes = await timeMany(RUNS, convert);
    const ours = median(await timeMany(RUNS, () => reportBytes({ project, kind: 'rancangan', options: DEFAULT_EXPORT_OPTIONS }, createRasterizer(FONTS), measure)));
    const theirs = median(pandocTimes);
    rows.push(
      { measure: `pandoc ${pandoc.stdout.split('\n')[0]!.split(' ')[1]} same content (process), median`, value: ms(theirs), note: `${((await fsp.stat(md)).size / 1024).toFixed(0)} KB Markdown + the same PNGs; its TOC is a field Word must update` },
      { measure: 'ratio ours ÷ pandoc', value: `${(ours / theirs).toFixed(2)}×`, goal: '< 1×' },
    );
    return rows;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
