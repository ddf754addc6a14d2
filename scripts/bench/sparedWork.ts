/**
 * What pandoc is spared: the parts of our export that its conversion does not do, each measured on
 * its own, so the bench can say how low the whole-process ratio can go while the report keeps what
 * it delivers. pandoc gets the charts as PNGs made beforehand and leaves page numbers to Word; it is
 * a native program that starts in a few tens of milliseconds.
 *  - start-up: a fresh `node dist-cli/report.mjs --help` (the bundle loaded from its code cache,
 *    nothing exported), as the OS accounts for it;
 *  - figures: the project's charts rasterised at print resolution and encoded as PNG, by a fresh
 *    rasteriser (CPU of every thread: resvg draws on libuv's);
 *  - page numbers: docx's layout of every page, which gives the TOC, the lists of tables and
 *    figures and the cross-references their numbers, and the numbers of the numbered headings.
 * The last two run in this (warmed) process, as the export runs them.
 */
import { Packer } from 'docx';
import type { PageNumberEstimator } from 'docx';
import { figureWidthPx } from '../../electron/core/report/exporter';
import type { MeasureFonts } from '../../electron/core/report/measureFonts';
import { createRasterizer, type RasterImage } from '../../electron/core/report/rasterize';
import type { ExportRequest } from '../../shared/ipc';
import { prepareRequest } from '../../shared/report/buildReport';
import { reportPageNumbers } from '../../shared/report/docx/pageNumbers';
import { formattingBudget, withFormattingBudget } from '../../shared/text/textBounds';
import { ROOT } from './fixtures';
import { timeProcess } from './processTime';
import { cpuMsSince, cpuOf } from './stats';

export interface SparedWork {
  startMs: number;
  figuresMs: number;
  pageNumbersMs: number;
}

/** `fn`, with the CPU it takes added to `total.ms` (synchronous: the layout runs on this thread). */
function counted<A extends unknown[], R>(fn: (...args: A) => R, total: { ms: number }): (...args: A) => R {
  return (...args) => {
    const before = process.cpuUsage();
    try {
      return fn(...args);
    } finally {
      total.ms += cpuMsSince(before);
    }
  };
}

type Request = Pick<ExportRequest, 'project' | 'kind' | 'options'>;

/** One measurement of each part for `request`; `cli` is the bundled command. */
export async function sparedWork(request: Request, fontsDir: string, measure: MeasureFonts, cli: string): Promise<SparedWork> {
  const startMs = timeProcess(process.execPath, [cli, '--help'], ROOT).cpuMs;
  const budget = formattingBudget();
  const prepared = withFormattingBudget(budget, () => prepareRequest(request));
  const raster = createRasterizer(fontsDir);
  const widthPx = figureWidthPx(request.project);
  let rendered: RasterImage[] = [];
  const figuresMs = await cpuOf(async () => {
    rendered = await Promise.all(prepared.outline.figures.map((f) => raster(f.chart.svg, widthPx)));
  });
  const images = new Map(prepared.outline.figures.map((f, i) => [f.figureId, rendered[i]!]));
  // The exporter's own estimator (one per set of font files), with the CPU of each call counted.
  const fonts = measure(request.project.documentSettings.font);
  const estimator = reportPageNumbers(fonts);
  const layout = { ms: 0 };
  const pageNumbers: PageNumberEstimator = Object.assign(counted(estimator, layout), {
    listNumbers: counted(estimator.listNumbers!, layout),
  });
  withFormattingBudget(budget, () => Packer.toFiles(prepared.render(images, { measureFonts: fonts, pageNumbers })));
  if (layout.ms === 0) throw new Error('sparedWork: the page-number layout never ran');
  return { startMs, figuresMs, pageNumbersMs: layout.ms };
}
