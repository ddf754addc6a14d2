/**
 * SVG charts → PNG for the report, with resvg (a maintained Rust SVG renderer) and the chart font
 * shipped with the app: no system fonts are loaded, so the picture is the same on every machine
 * and the same as the screen, which loads the same TTF files through @font-face.
 */
import os from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import { CHART_FONT } from '../../../shared/charts/theme';
import { chartFonts } from './chartFontFiles';
import { encodePng } from './pngEncode';

/** Print resolution of the pictures: sharp on paper, small enough to keep the DOCX light. */
export const PRINT_DPI = 250;

export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Pictures kept in memory between exports (a few hundred KB each). */
const CACHED_IMAGES = 12;

/**
 * Charts drawn at once: one per core. resvg renders on libuv's threads, so more at once does not
 * finish sooner, but each picture in flight holds its pixels twice (about 10 MB each at print size
 * for a full-page chart) until it is compressed; twenty at once made V8 collect garbage over the
 * layout's large heap again and again (measured on the 20× project: more CPU, not less).
 */
const AT_ONCE = Math.max(1, os.availableParallelism());

export type Rasterizer = (svg: string, widthPx: number) => Promise<RasterImage>;

/** Pixels for a picture that takes `widthCm` on paper at `dpi`. */
export function printPixels(widthCm: number, dpi: number = PRINT_DPI): number {
  return Math.round((widthCm / 2.54) * dpi);
}

export function createRasterizer(fontsDir: string): Rasterizer {
  const fonts = chartFonts(fontsDir);
  // Exporting the rancangan and then the laporan draws mostly the same charts: keep the last few.
  const cache = new Map<string, Promise<RasterImage>>();
  const waiting: (() => void)[] = [];
  let drawing = 0;
  const render = async (svg: string, widthPx: number): Promise<RasterImage> => {
    if (drawing < AT_ONCE) drawing++;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await draw(svg, widthPx);
    } finally {
      // The place passes straight to the next chart waiting, if any.
      const next = waiting.shift();
      if (next) next();
      else drawing--;
    }
  };
  const draw = async (svg: string, widthPx: number): Promise<RasterImage> => {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx)) },
      // Opaque white under everything: encodePng takes the pixels as they come (see there).
      background: '#ffffff',
      font: { fontFiles: fonts.forSvg(svg), loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
      logLevel: 'off',
    });
    // Our encoder, not image.asPng(): that one compresses on this thread (pngEncode.ts says why).
    return { png: await encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
  };
  return (svg, widthPx) => {
    const key = `${Math.round(widthPx)}:${svg}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = render(svg, widthPx);
      hit.catch(() => cache.delete(key));
      cache.set(key, hit);
      if (cache.size > CACHED_IMAGES) cache.delete(cache.keys().next().value!);
    }
    return hit;
  };
}
