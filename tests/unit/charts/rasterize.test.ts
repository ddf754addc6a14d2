/** SVG → PNG with resvg and the fonts shipped in renderer/public/fonts (no system fonts). */
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, ChartFontsMissing } from '../../../electron/core/report/chartFontFiles';
import { createRasterizer, printPixels } from '../../../electron/core/report/rasterize';
import { encodePng } from '../../../electron/core/report/pngEncode';
import { CHART_FONT } from '../../../shared/charts/theme';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { teamChartSvg } from '../../../shared/charts/teamChart';
import { timelineSvg } from '../../../shared/charts/timeline';
import { sipantau } from '../domain/sipantau';
import { ROOT, tempDir } from '../helpers';
import { darkPixels, readPng } from './pngStats';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
const TEXT_ONLY =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" font-family="Liberation Sans"><text x="10" y="42" font-size="32" font-weight="bold">Rancang</text></svg>';

describe('rasterising charts', () => {
  const raster = createRasterizer(FONTS);

  it('print resolution: a 15 cm wide picture at 250 dpi is about 1476 pixels', () => {
    expect(printPixels(15)).toBe(1476);
    expect(printPixels(14, 200)).toBe(1102);
  });

  it('draws text with the shipped font (and nothing without it, so the pixels really are the font)', async () => {
    const withFont = readPng((await raster(TEXT_ONLY, 600)).png);
    expect(withFont.width).toBe(600);
    expect(darkPixels(withFont)).toBeGreaterThan(2_000);
    const bare = await renderAsync(TEXT_ONLY, { fitTo: { mode: 'width', value: 600 }, background: '#fff', font: { loadSystemFonts: false } });
    expect(darkPixels(readPng(bare.asPng()))).toBe(0);
  });

  it('renders every SIPANTAU chart at the requested width with visible content', async () => {
    const p = sipantau();
    const width = printPixels(15);
    for (const chart of [stakeholderMapSvg(p, 'before'), stakeholderMapSvg(p, 'movement'), timelineSvg(p), teamChartSvg(p)]) {
      const image = await raster(chart.svg, width);
      const png = readPng(image.png);
      expect([png.width, png.height]).toEqual([width, Math.round((chart.height * width) / chart.width)]);
      expect(darkPixels(png) / (png.width * png.height)).toBeGreaterThan(0.01);
    }
  });

  it('writes the same pixels as resvg’s own PNG, SIPANTAU’s timeline with its translucent rows included', async () => {
    const chart = timelineSvg(sipantau());
    expect(chart.svg).toContain('fill-opacity');
    const ours = readPng((await raster(chart.svg, 900)).png);
    const theirs = await renderAsync(chart.svg, {
      fitTo: { mode: 'width', value: 900 },
      background: '#ffffff',
      font: { fontFiles: CHART_FONT_FILES.map((f) => path.join(FONTS, f)), loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    });
    const reference = readPng(theirs.asPng());
    expect([ours.width, ours.height]).toEqual([reference.width, reference.height]);
    expect(Buffer.from(ours.data).equals(Buffer.from(reference.data))).toBe(true);
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow(/10 bytes for 2×2 RGBA/);
  });

  it('encodes each picture with only its own pixels when row buffers are reused (a large one, then smaller and larger ones)', async () => {
    const picture = (width: number, height: number, seed: number) => {
      const rgba = new Uint8Array(width * height * 4);
      for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 31 + seed * 7) % 251;
      for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
      return rgba;
    };
    const sizes: [number, number][] = [
      [64, 48],
      [40, 30],
      [64, 48],
      [7, 5],
    ];
    await encodePng(picture(80, 60, 9), 80, 60); // leaves a larger buffer behind
    const encoded: Uint8Array[] = [];
    for (const [seed, [w, h]] of sizes.entries()) encoded.push(await encodePng(picture(w, h, seed), w, h));
    encoded.forEach((png, seed) => {
      const [w, h] = sizes[seed]!;
      const read = readPng(png);
      expect([read.width, read.height]).toEqual([w, h]);
      expect(Buffer.from(read.data).equals(Buffer.from(picture(w, h, seed)))).toBe(true);
    });
  });

  it('refuses to start without the font files, saying which are missing', async () => {
    const empty = await tempDir();
    // The log gets the files' names; the user reads CHART_FONTS_MISSING in their language (electron/core/report/exporter.ts).
    expect(() => createRasterizer(empty)).toThrow(ChartFontsMissing);
    expect(() => createRasterizer(empty)).toThrow(/chart fonts missing: .*LiberationSans-Regular\.ttf/);
  });
});
