/**
 * Report export in main (and in the headless command): the shared outline's charts rasterised
 * with the shipped fonts, the docx Document packed, the bytes written durably (temp → fsync →
 * rename), so a crash never leaves half a DOCX where the user asked for one.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Packer } from 'docx';
import { failFor } from '../../../shared/errors';
import { ioReason, loggedReason } from '../ioReason';
import type { ExportRequest } from '../../../shared/ipc';
import { ok } from '../../../shared/result';
import { prepareRequest, type FigureImage } from '../../../shared/report/buildReport';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import { formattingBudget, withFormattingBudget } from '../../../shared/text/textBounds';
import { writeFileDurably } from '../durableWrite';
import type { ReportExporter } from '../services';
import { measureFontsFrom, type MeasureFonts } from './measureFonts';
import { ChartFontsMissing } from './chartFontFiles';
import { createRasterizer, printPixels, type Rasterizer } from './rasterize';
import { zipPackage } from './zipPackage';

export interface ReportBytes {
  bytes: Uint8Array;
  figures: number;
  /** Long texts whose formatting ran out of time, printed (from there on) as plain text. */
  plainTexts: number;
  /** Long texts with paragraphs over the text bounds (nested too deep, too long, too many markers), printed there as plain text. */
  limitedTexts: number;
}

/** The steps of an export, for the bench to say where the time goes within the same runs. */
export type ExportStep = 'outline' | 'figures' | 'document';

/** The pictures take the text width on paper: rasterised for exactly that at print resolution. */
export function figureWidthPx(project: Pick<ExportRequest['project'], 'documentSettings'>): number {
  return printPixels((pageGeometry(project.documentSettings).textWidth / 1440) * 2.54);
}

/** The DOCX of a request, in memory. */
export async function reportBytes(
  request: Pick<ExportRequest, 'project' | 'kind' | 'options' | 'document' | 'asOf' | 'baseline'>,
  raster: Rasterizer,
  measure?: MeasureFonts,
  onStep?: (step: ExportStep, ms: number) => void,
): Promise<ReportBytes> {
  let t = performance.now();
  const step = (name: ExportStep) => {
    const now = performance.now();
    onStep?.(name, now - t);
    t = now;
  };
  // One formatting budget for every long text in this report, so a file full of maximal texts
  // exports in seconds (the rest prints as plain text) instead of parsing for minutes.
  const budget = formattingBudget();
  const prepared = withFormattingBudget(budget, () => prepareRequest(request));
  step('outline');
  const widthPx = figureWidthPx(request.project);
  // resvg renders on libuv's worker threads: all figures at once use every core.
  const rendered = await Promise.all(prepared.outline.figures.map((f) => raster(f.chart.svg, widthPx)));
  const images = new Map<string, FigureImage>(prepared.outline.figures.map((f, i) => [f.figureId, rendered[i]!]));
  step('figures');
  const doc = withFormattingBudget(budget, () => prepared.render(images, measure ? { measureFonts: measure(request.project.documentSettings.font) } : {}));
  // The parts as docx writes them, zipped with the platform's zlib (zipPackage.ts says why).
  const bytes = zipPackage(Packer.toFiles(doc));
  step('document');
  return { bytes, figures: images.size, plainTexts: budget.timedOut ?? 0, limitedTexts: budget.limited?.size ?? 0 };
}

export function createReportExporter(opts: { fontsDir: string }): ReportExporter {
  let raster: Rasterizer | null = null;
  const measure = measureFontsFrom(opts.fontsDir);
  return async (request, target) => {
    const started = performance.now();
    try {
      // A folder that is gone (a removed USB stick) fails at once, before seconds of work.
      await fsp.stat(path.dirname(target));
      raster ??= createRasterizer(opts.fontsDir);
      const { bytes, plainTexts, limitedTexts } = await reportBytes(request, raster, measure);
      await writeFileDurably(target, bytes);
      return ok({
        bytes: bytes.length,
        millis: Math.round(performance.now() - started),
        ...(plainTexts ? { plainTexts } : {}),
        ...(limitedTexts ? { limitedTexts } : {}),
      });
    } catch (e) {
      if (e instanceof ChartFontsMissing) return failFor('EXPORT_FAILED', 'CHART_FONTS_MISSING');
      const reason = ioReason(e, 'export');
      return failFor('EXPORT_FAILED', reason ?? loggedReason(e, 'export'));
    }
  };
}
