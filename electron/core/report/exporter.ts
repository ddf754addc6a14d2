/**
 * Report export in main (and in the headless command): the shared outline's charts rasterised
 * with the shipped fonts, the docx Document packed, the bytes written durably (temp → fsync →
 * rename), so a crash never leaves half a DOCX where the user asked for one.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Packer } from 'docx';
import { fail } from '../../../shared/errors';
import type { ExportRequest } from '../../../shared/ipc';
import { ok } from '../../../shared/result';
import { prepareReport, type FigureImage } from '../../../shared/report/buildReport';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import { formattingBudget, withFormattingBudget } from '../../../shared/text/textBounds';
import { writeFileDurably } from '../durableWrite';
import type { ReportExporter } from '../services';
import { measureFontsFrom, type MeasureFonts } from './measureFonts';
import { createRasterizer, printPixels, type Rasterizer } from './rasterize';

export interface ReportBytes {
  bytes: Uint8Array;
  figures: number;
}

/** The DOCX of a request, in memory. */
export async function reportBytes(request: Pick<ExportRequest, 'project' | 'kind' | 'options'>, raster: Rasterizer, measure?: MeasureFonts): Promise<ReportBytes> {
  // One formatting budget for every long text in this report, so a file full of maximal texts
  // exports in seconds (the rest prints as plain text) instead of parsing for minutes.
  const budget = formattingBudget();
  const prepared = withFormattingBudget(budget, () => prepareReport(request.project, request.kind, request.options));
  // The pictures take the text width on paper: rasterise them for exactly that at print resolution.
  const widthCm = (pageGeometry(request.project.documentSettings).textWidth / 1440) * 2.54;
  const widthPx = printPixels(widthCm);
  // resvg renders on libuv's worker threads: all figures at once use every core.
  const rendered = await Promise.all(prepared.outline.figures.map((f) => raster(f.chart.svg, widthPx)));
  const images = new Map<string, FigureImage>(prepared.outline.figures.map((f, i) => [f.figureId, rendered[i]!]));
  const doc = withFormattingBudget(budget, () => prepared.render(images, measure ? { measureFonts: measure(request.project.documentSettings.font) } : {}));
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), figures: images.size };
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
      const { bytes } = await reportBytes(request, raster, measure);
      await writeFileDurably(target, bytes);
      return ok({ bytes: bytes.length, millis: Math.round(performance.now() - started) });
    } catch (e) {
      return fail('EXPORT_FAILED', { detail: exportDetail(e) });
    }
  };
}

function exportDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'tidak ada izin menulis di folder ini, atau berkas sedang dibuka program lain (tutup dulu di Word)';
  if (code === 'ENOSPC') return 'ruang disk penuh';
  if (code === 'EROFS') return 'lokasi ini hanya-baca';
  if (code === 'ENOENT') return 'folder tujuan tidak ada';
  if (code === 'EISDIR') return 'tujuan adalah folder, bukan berkas';
  // Our own failures carry an Indonesian sentence; the engine's (a bug, V8's "Maximum call stack
  // size exceeded") are not for the user's eyes: the raw text goes to the log, the user gets a sentence.
  if (e instanceof Error && !code && !(e instanceof RangeError || e instanceof TypeError || e instanceof ReferenceError || e instanceof SyntaxError)) return e.message;
  console.error('[export]', e);
  return 'kesalahan tak terduga saat menyusun laporan; rinciannya dicatat di log';
}
