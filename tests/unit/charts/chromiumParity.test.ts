/**
 * The same chart in Chromium (the screen: @font-face with the shipped TTF) and in resvg (the
 * report) must look the same. Pixels differ only at glyph edges (anti-aliasing); measured here:
 * mean channel difference ≈ 0.9 of 255, ≈ 0.3 % of pixels differ by more than 64.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { createRasterizer } from '../../../electron/core/report/rasterize';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { sipantau } from '../domain/sipantau';
import { ROOT } from '../helpers';
import { pixelDiff, readPng } from './pngStats';
import { chromiumPath } from '../../../scripts/support/chromiumPath';

const CHROMIUM = chromiumPath();
const FONTS = path.join(ROOT, 'renderer/public/fonts');
const OUT = path.join(ROOT, 'test-results/charts');

describe.skipIf(!existsSync(CHROMIUM))('chart parity: Chromium vs resvg', () => {
  it('renders the SIPANTAU movement map alike', async () => {
    const chart = stakeholderMapSvg(sipantau(), 'movement');
    const face = (weight: number, file: string) =>
      `@font-face { font-family: 'Liberation Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(path.join(FONTS, file)).toString('base64')}) format('truetype'); }`;
    const html = `<!doctype html><style>${face(400, 'LiberationSans-Regular.ttf')}${face(700, 'LiberationSans-Bold.ttf')} body{margin:0} svg{display:block}</style>${chart.svg}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
    let shot: Buffer;
    try {
      const page = await browser.newPage({ viewport: { width: chart.width, height: chart.height }, deviceScaleFactor: 2 });
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check("bold 12px 'Liberation Sans'"))).toBe(true);
      shot = await page.locator('svg').screenshot();
    } finally {
      await browser.close();
    }
    const resvg = await createRasterizer(FONTS)(chart.svg, chart.width * 2);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'movement-chromium.png'), shot);
    writeFileSync(path.join(OUT, 'movement-resvg.png'), resvg.png);
    const diff = pixelDiff(readPng(shot), readPng(resvg.png));
    expect(diff.mean).toBeLessThan(3);
    expect(diff.bigShare).toBeLessThan(0.015);
  }, 60_000);
});
