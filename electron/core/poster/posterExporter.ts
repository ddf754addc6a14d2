/**
 * The exhibition poster in main and headless: SVG layout (shared/poster) → PNG at print
 * resolution with the report's rasteriser and fonts → a PDF of the page's physical size. The PDF
 * goes where the user chose, the PNG beside it with the same name; both written durably.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import type { Project } from '../../../shared/model/types';
import { buildPoster, type Poster, type PosterOptions } from '../../../shared/poster/buildPoster';
import { POSTER_MM, posterPixelWidth } from '../../../shared/poster/sizes';
import { ok } from '../../../shared/result';
import { writeFileDurably } from '../durableWrite';
import { createRasterizer, type Rasterizer } from '../report/rasterize';
import type { ReportExporter } from '../services';
import { logoColour } from '../slides/logoColour';
import { pictureToPdf } from './pdf';

export interface PosterFiles {
  poster: Poster;
  png: Uint8Array;
  pdf: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export async function posterFiles(project: Project, options: PosterOptions, raster: Rasterizer): Promise<PosterFiles> {
  const poster = buildPoster(project, { ...options, logoColour: options.theme === 'logo' ? logoColour(project) : null });
  const image = await raster(poster.svg, posterPixelWidth(poster.size));
  const pdf = pictureToPdf(image.png, POSTER_MM[poster.size], project.title.trim() || 'Poster');
  return { poster, png: image.png, pdf, widthPx: image.width, heightPx: image.height };
}

/** "Poster SIPANTAU.pdf" → "Poster SIPANTAU.png". */
const pngBeside = (pdfPath: string) => pdfPath.replace(/\.pdf$/i, '') + '.png';

export function createPosterExporter(opts: { fontsDir: string }): ReportExporter {
  let raster: Rasterizer | null = null;
  return async (request, target) => {
    const started = performance.now();
    try {
      await fsp.stat(path.dirname(target));
      raster ??= createRasterizer(opts.fontsDir);
      const files = await posterFiles(
        request.project,
        { kind: request.kind, size: request.poster?.size ?? 'A3', theme: request.slides?.theme ?? 'biru' },
        raster,
      );
      await writeFileDurably(target, files.pdf);
      await writeFileDurably(pngBeside(target), files.png);
      return ok({ bytes: files.pdf.length, millis: Math.round(performance.now() - started) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const detail =
        code === 'EACCES' || code === 'EPERM'
          ? 'tidak ada izin menulis di folder ini, atau berkas sedang dibuka program lain'
          : code === 'ENOSPC'
            ? 'ruang disk penuh'
            : code === 'ENOENT'
              ? 'folder tujuan tidak ada'
              : e instanceof Error
                ? e.message
                : String(e);
      return fail('EXPORT_POSTER_FAILED', { detail });
    }
  };
}
