/**
 * The chart font files handed to resvg, per picture. resvg reads a font file whole for every glyph
 * it draws (fontOutlines.ts says why that matters), so a picture whose text stays within the
 * characters charts use day to day gets a copy of the font with only those outlines, about a third
 * of the size and drawn identically; any other picture gets the full font. The copies live in a
 * folder of the user's own in the temporary folder, named by their content, so every export uses the
 * same few files and none are left behind per run (a process killed mid-export included).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keepOutlinesFor } from './fontOutlines';
import { ownFolder } from '../ownFolder';

export const CHART_FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'] as const;

/** The shipped chart fonts are not where they should be: an installation problem, said as such. */
export class ChartFontsMissing extends Error {}

/**
 * Characters of everyday chart text: Latin with its accents (Basic Latin, Latin-1, Latin Extended-A),
 * general punctuation (dashes, quotes, bullet, ellipsis), currency signs, arrows and mathematical
 * operators (≤ ≥ −, ⇔ in the charts' own labels).
 */
const EVERYDAY: readonly (readonly [number, number])[] = [
  [0x20, 0x17f],
  [0x2010, 0x205f],
  [0x20a0, 0x20bf],
  [0x2190, 0x22ff],
];

/**
 * The outlines the lighter copy keeps: those of the everyday characters and of the parts they
 * decompose into. A shaper draws a character the font lacks (≉, ↚) from its canonical parts
 * (≈ and the combining long solidus), so those parts must keep their outlines too.
 */
function outlinesKept(): (c: number) => boolean {
  const kept = new Set<number>();
  for (const [from, to] of EVERYDAY) {
    for (let c = from; c <= to; c++) {
      kept.add(c);
      for (const part of String.fromCodePoint(c).normalize('NFD')) kept.add(part.codePointAt(0)!);
    }
  }
  return (c) => kept.has(c);
}

/** A character that is not everyday: a control character other than tab and line ends, or one outside EVERYDAY. */
const NOT_EVERYDAY = new RegExp(`[^\\t\\n\\r${EVERYDAY.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'u');

/** True when every character of the picture's text is an everyday one (the markup itself is ASCII). */
function everydayText(svg: string): boolean {
  // A numeric character reference could name any character: such a picture takes the full font.
  return !svg.includes('&#') && !NOT_EVERYDAY.test(svg);
}

export interface ChartFonts {
  /** The font files for one picture. */
  forSvg(svg: string): string[];
}

/** The folder for the font copies: the user's own, or (when someone else holds that name) a fresh one for this process. */
function fontFolder(): string {
  const shared = path.join(os.tmpdir(), `rancang-perubahan-chart-fonts-${process.getuid?.() ?? 'user'}`);
  try {
    mkdirSync(shared, { recursive: true, mode: 0o700 });
  } catch {
    // Checked below.
  }
  if (ownFolder(shared)) return shared;
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'rancang-chart-fonts-'));
  process.once('exit', () => rmSync(fresh, { recursive: true, force: true }));
  return fresh;
}

/** `bytes` as a file named by its content: an identical file already there is used, anything else replaced whole. */
function placed(folder: string, name: string, bytes: Uint8Array): string {
  const file = path.join(folder, `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${name}`);
  try {
    if (readFileSync(file).equals(bytes)) return file;
  } catch {
    // Not there yet.
  }
  // Written beside it under a name of its own (two exports may run at once, in processes or worker threads)
  // and renamed into place: an export starting meanwhile never reads half a font.
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return file;
}

/** `folder`: where the copies go instead of the user's folder in the temporary folder (the tests use their own). */
export function chartFonts(fontsDir: string, folder?: string): ChartFonts {
  const full = CHART_FONT_FILES.map((f) => path.join(fontsDir, f));
  const missing = full.filter((f) => !existsSync(f));
  if (missing.length) throw new ChartFontsMissing(`chart fonts missing: ${missing.join(', ')}`);
  const inFolder = (name: string, bytes: Uint8Array) => placed((folder ??= fontFolder()), name, bytes);
  // The copies are checked for each picture: a long-running app may see the temporary folder
  // cleaned between two exports, and resvg would draw a missing font as no text at all.
  const present = (files: string[] | undefined): files is string[] => files !== undefined && files.every((f) => existsSync(f));
  let fullFiles: string[] | undefined;
  const fullFonts = () => {
    // resvg opens fonts with its own I/O, which cannot look inside Electron's app.asar archive
    // (Node's fs can, patched by Electron): fonts packed there are copied out.
    if (!present(fullFiles)) fullFiles = full.some((f) => f.includes(`.asar${path.sep}`)) ? full.map((f) => inFolder(path.basename(f), readFileSync(f))) : full;
    return fullFiles;
  };
  let everydayFiles: string[] | undefined;
  const everydayFonts = () => {
    if (present(everydayFiles)) return everydayFiles;
    try {
      const keep = outlinesKept();
      const copies = full.map((f) => {
        const slim = keepOutlinesFor(readFileSync(f), keep);
        // A font this reader does not understand (not the shipped one) is used whole.
        return slim ? inFolder(`everyday-${path.basename(f)}`, slim) : undefined;
      });
      everydayFiles = copies.every((f) => f !== undefined) ? copies : fullFonts();
    } catch {
      // No room for the copies (a full disk, a read-only temporary folder): the full fonts draw the same.
      everydayFiles = fullFonts();
    }
    return everydayFiles;
  };
  return { forSvg: (svg) => (everydayText(svg) ? everydayFonts() : fullFonts()) };
}
