/**
 * The chart font copy with only everyday outlines (electron/core/report/fontOutlines.ts): resvg must
 * draw exactly what it draws with the full font, for every everyday character and for the charts of
 * generated projects; text outside the everyday characters must get the full font.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, chartFonts } from '../../../electron/core/report/chartFontFiles';
import { keepOutlinesFor } from '../../../electron/core/report/fontOutlines';
import { fishboneSvg } from '../../../shared/charts/fishbone';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { teamChartSvg } from '../../../shared/charts/teamChart';
import { CHART_FONT } from '../../../shared/charts/theme';
import { timelineSvg } from '../../../shared/charts/timeline';
import { generateProject } from '../../generator/project';
import { ROOT, tempDir } from '../helpers';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
const FULL = CHART_FONT_FILES.map((f) => path.join(FONTS, f));

const draw = async (svg: string, fontFiles: string[], width = 900) =>
  Buffer.from(
    (
      await renderAsync(svg, {
        fitTo: { mode: 'width', value: width },
        background: '#ffffff',
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
        logLevel: 'off',
      })
    ).pixels,
  );

/** Pixels darker than mid-grey on every channel, in raw RGBA. */
function darkPixelsOf(rgba: Buffer): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 110 && rgba[i + 1]! < 110 && rgba[i + 2]! < 110) n++;
  return n;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (texts: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${40 * texts.length + 20}" font-family="${CHART_FONT}">` +
  texts.map((t, i) => `<text x="8" y="${40 * i + 36}" font-size="${14 + (i % 4) * 5}"${i % 2 ? ' font-weight="bold"' : ''}>${escape(t)}</text>`).join('') +
  '</svg>';

/** Every everyday character Liberation Sans has, in rows, in both weights and several sizes. */
function everydayRows(): string[] {
  const ranges: [number, number][] = [
    [0x20, 0x17f],
    [0x2010, 0x205f],
    [0x20a0, 0x20bf],
    [0x2190, 0x22ff],
  ];
  const chars: string[] = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  const rows: string[] = [];
  for (let i = 0; i < chars.length; i += 48) rows.push(chars.slice(i, i + 48).join(''));
  return rows;
}

describe('chart font with only everyday outlines', () => {
  const fonts = chartFonts(FONTS);
  const everyday = fonts.forSvg(lines(['Rancang']));

  it('is a third of the full font, keeps its glyph list, metrics and shaping tables, and lives in a private folder', () => {
    for (const [i, file] of everyday.entries()) {
      expect(file).not.toBe(FULL[i]);
      expect(statSync(file).size / statSync(FULL[i]!).size).toBeLessThan(0.4);
      if (process.platform !== 'win32') expect(statSync(path.dirname(file)).mode & 0o077).toBe(0);
    }
    const table = (bytes: Buffer, tag: string) => {
      for (let i = 0; i < bytes.readUInt16BE(4); i++) {
        const at = 12 + 16 * i;
        if (bytes.toString('latin1', at, at + 4) === tag)
          return bytes.subarray(bytes.readUInt32BE(at + 8), bytes.readUInt32BE(at + 8) + bytes.readUInt32BE(at + 12));
      }
      return undefined;
    };
    const full = readFileSync(FULL[0]!);
    const slim = readFileSync(everyday[0]!);
    for (const tag of ['cmap', 'hmtx', 'hhea', 'GSUB', 'GPOS', 'kern', 'OS/2', 'maxp']) expect(table(slim, tag)?.equals(table(full, tag)!), tag).toBe(true);
    expect(table(slim, 'fpgm')).toBeUndefined();
  });

  it('draws every everyday character exactly as the full font does, in both weights and at several sizes', async () => {
    const rows = everydayRows();
    // Ligature and composition candidates, kerning pairs and Indonesian chart text, beside the character rows.
    // ≉ and ↚ are not in the font: the shaper draws them from their parts (≈ or ← and a combining stroke).
    const svg = lines([
      ...rows,
      'fi fl ffi ffl AV To Ta Yo “Kinerja” — 10–20 % ≤ 5 ≥ 7 − 3 ± 1 § 2 × • …',
      'Tahap 1 → Tahap 2 ⇔ Rp1.500.000,00 € ½ Ñandú Łódź çğş',
    ]);
    expect(svg).not.toContain('&#');
    expect(fonts.forSvg(svg)).toEqual(everyday);
    const [withFull, withEveryday] = await Promise.all([draw(svg, FULL), draw(svg, everyday)]);
    expect(withEveryday.equals(withFull)).toBe(true);
  });

  it('draws the charts of a generated project exactly as the full font does', async () => {
    const p = generateProject({ seed: 7, scale: 3 });
    const charts = [stakeholderMapSvg(p, 'before'), stakeholderMapSvg(p, 'movement'), timelineSvg(p), teamChartSvg(p), fishboneSvg(p, null)];
    for (const chart of charts) {
      expect(fonts.forSvg(chart.svg)).toEqual(everyday);
      const [withFull, withEveryday] = await Promise.all([draw(chart.svg, FULL), draw(chart.svg, fonts.forSvg(chart.svg))]);
      expect(withEveryday.equals(withFull)).toBe(true);
    }
  });

  it('gives text beyond the everyday characters the full font, which the lighter copy could not draw', async () => {
    for (const text of ['Жук и ёж', 'αβγ', 'e\u0301', 'Kode \u0008']) expect(fonts.forSvg(lines([text])), text).toEqual(FULL);
    // A numeric character reference could name any character.
    expect(fonts.forSvg(`<svg xmlns="http://www.w3.org/2000/svg"><text>A &#1046;</text></svg>`)).toEqual(FULL);
    const cyrillic = lines(['Жук и ёж']);
    const [withFull, withEveryday] = await Promise.all([draw(cyrillic, FULL), draw(cyrillic, everyday)]);
    expect(darkPixelsOf(withFull)).toBeGreaterThan(darkPixelsOf(withEveryday) + 100);
  });

  it('refuses fonts it does not understand instead of guessing (the caller keeps the full font)', () => {
    const full = readFileSync(FULL[0]!);
    expect(keepOutlinesFor(full.subarray(0, 2_000), () => true)).toBeUndefined();
    expect(keepOutlinesFor(Buffer.from('OTTO\0\0\0\0\0\0\0\0'), () => true)).toBeUndefined();
    expect(keepOutlinesFor(new Uint8Array(64), () => true)).toBeUndefined();
    // The full font is left as it was (the copy never writes into the bytes it reads).
    const before = Buffer.from(full);
    keepOutlinesFor(full, (c) => c < 0x80);
    expect(full.equals(before)).toBe(true);
  });
});

describe('chart font copies on disk', () => {
  // A folder of their own: these tests damage and block copies, which exports running meanwhile in other test files must not see.
  let own: string;
  beforeEach(async () => {
    own = await tempDir();
  });
  /** The copies, checked to be in the test's own folder before the test removes or damages them. */
  const copiesIn = (fonts = chartFonts(FONTS, own)) => {
    const files = fonts.forSvg('<svg/>');
    for (const f of files) expect(path.dirname(f)).toBe(own);
    return files;
  };

  it('are shared by every export (named by content), made again when the temporary folder was cleaned, and replaced when damaged', () => {
    const first = copiesIn();
    const second = chartFonts(FONTS, own);
    expect(copiesIn(second)).toEqual(first);
    const bytes = readFileSync(first[0]!);
    rmSync(first[0]!);
    expect(copiesIn(second)).toEqual(first);
    expect(readFileSync(first[0]!).equals(bytes)).toBe(true);
    writeFileSync(first[1]!, 'not a font');
    expect(copiesIn()).toEqual(first);
    expect(readFileSync(first[1]!).readUInt32BE(0)).toBe(0x00010000);
  });

  it('fall back to the full fonts when a copy cannot be written', () => {
    const copies = copiesIn();
    rmSync(copies[0]!);
    // A folder where the copy should go: the copy cannot be put there.
    mkdirSync(path.join(copies[0]!, 'blocked'), { recursive: true });
    expect(chartFonts(FONTS, own).forSvg('<svg/>')).toEqual(FULL);
    // Nothing half-written is left beside it.
    expect(readdirSync(own).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
