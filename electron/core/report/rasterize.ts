/**
 * SVG charts → PNG for the report, with resvg (a maintained Rust SVG renderer) and the chart font
 * shipped with the app: no system fonts are loaded, so the picture is the same on every machine
 * and the same as the screen, which loads the same TTF files through @font-face.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { CHART_FONT } from '../../../shared/charts/theme';

export const CHART_FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'] as const;

/** Print resolution of the pictures: sharp on paper, small enough to keep the DOCX light. */
export const PRINT_DPI = 250;

export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export type Rasterizer = (svg: string, widthPx: number) => Promise<RasterImage>;

/** Pixels for a picture that takes `widthCm` on paper at `dpi`. */
export function printPixels(widthCm: number, dpi: number = PRINT_DPI): number {
  return Math.round((widthCm / 2.54) * dpi);
}

export function createRasterizer(fontsDir: string): Rasterizer {
  const fontFiles = CHART_FONT_FILES.map((f) => path.join(fontsDir, f));
  const missing = fontFiles.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`huruf grafik tidak ditemukan: ${missing.join(', ')}`);
  return async (svg, widthPx) => {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx)) },
      background: '#ffffff',
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
      logLevel: 'off',
    });
    return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
  };
}
