/**
 * The seminar slides behind window.api and the headless command: the request's project and
 * choices → PPTX → written durably (temp → fsync → rename), like the report.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import { ok } from '../../../shared/result';
import { writeFileDurably } from '../durableWrite';
import { createRasterizer, type Rasterizer } from '../report/rasterize';
import type { ReportExporter } from '../services';
import { pptxBytes } from './exporter';

export function createSlidesExporter(opts: { fontsDir: string }): ReportExporter {
  let raster: Rasterizer | null = null;
  return async (request, target) => {
    const started = performance.now();
    try {
      await fsp.stat(path.dirname(target));
      raster ??= createRasterizer(opts.fontsDir);
      const { bytes } = await pptxBytes(
        request.project,
        { kind: request.kind, theme: request.slides?.theme ?? 'biru', sections: request.slides?.sections ?? [] },
        raster,
      );
      await writeFileDurably(target, bytes);
      return ok({ bytes: bytes.length, millis: Math.round(performance.now() - started) });
    } catch (e) {
      return fail('EXPORT_SLIDES_FAILED', { detail: slidesDetail(e) });
    }
  };
}

function slidesDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'tidak ada izin menulis di folder ini, atau berkas sedang dibuka program lain (tutup dulu di PowerPoint)';
  if (code === 'ENOSPC') return 'ruang disk penuh';
  if (code === 'EROFS') return 'lokasi ini hanya-baca';
  if (code === 'ENOENT') return 'folder tujuan tidak ada';
  if (code === 'EISDIR') return 'tujuan adalah folder, bukan berkas';
  return e instanceof Error ? e.message : String(e);
}
