/**
 * Text widths in the chart font (Liberation Sans, metric-compatible with Arial), from a table of
 * advance widths per 1000 em read once from the shipped TTF files. SVG has no text wrapping, so
 * the charts wrap and shorten labels themselves; a table keeps that pure and identical in the
 * renderer, in main and in tests. Characters outside the table count as an average letter
 * (wide scripts as a full em), which errs on the side of shorter lines.
 */

import { cleanText } from './xml';

// Advance widths of U+0020–U+007E and U+00A0–U+00FF (LiberationSans-Regular.ttf / -Bold.ttf).
const REGULAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];
const REGULAR_LATIN1 = [
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834,
  611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667,
  667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556,
  500, 556, 500,
];
const BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
  584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584,
];
const BOLD_LATIN1 = [
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834,
  611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667,
  667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611,
  556, 611, 556,
];
const PUNCTUATION: Record<string, number> = {
  '–': 556,
  '—': 1000,
  '…': 1000,
  '‘': 250,
  '’': 250,
  '“': 420,
  '”': 420,
  '•': 350,
  '≤': 549,
  '≥': 549,
  '±': 549,
  '→': 1000,
  '←': 1000,
  '×': 584,
};
const AVERAGE = 556;

function charWidth(ch: string, bold: boolean): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x20 && c <= 0x7e) return (bold ? BOLD_ASCII : REGULAR_ASCII)[c - 0x20]!;
  if (c >= 0xa0 && c <= 0xff) return (bold ? BOLD_LATIN1 : REGULAR_LATIN1)[c - 0xa0]!;
  const p = PUNCTUATION[ch];
  if (p !== undefined) return p;
  // CJK, emoji and other wide scripts.
  if (
    c >= 0x1100 &&
    (c <= 0x115f ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      c >= 0x1f300)
  )
    return 1000;
  // Combining marks take no room.
  if (c >= 0x300 && c <= 0x36f) return 0;
  return AVERAGE;
}

export interface FontSpec {
  size: number;
  bold?: boolean;
}

export function textWidth(s: string, font: FontSpec): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch, !!font.bold);
  return (w * font.size) / 1000;
}

const ELLIPSIS = '…';

/** Shortens a line to fit, ending in "…" when something was cut. */
export function fitLine(raw: string, maxWidth: number, font: FontSpec): string {
  const s = cleanText(raw);
  if (textWidth(s, font) <= maxWidth) return s;
  const room = maxWidth - textWidth(ELLIPSIS, font);
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = (charWidth(ch, !!font.bold) * font.size) / 1000;
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** The longest start of `word` that fits (at least one character, so wrapping always advances). */
function fittingPrefix(word: string, maxWidth: number, font: FontSpec): string {
  let out = '';
  let w = 0;
  for (const ch of word) {
    const cw = (charWidth(ch, !!font.bold) * font.size) / 1000;
    if (out && w + cw > maxWidth) break;
    out += ch;
    w += cw;
  }
  return out;
}

/**
 * Greedy word wrap into at most `maxLines` lines; the last line ends in "…" when text remains.
 * Words longer than a line are broken by characters (a 2,000-character name without spaces).
 */
export function wrapText(raw: string, maxWidth: number, font: FontSpec, maxLines: number): string[] {
  // Measured after cleaning, so characters the SVG will not carry take no room.
  const words = cleanText(raw).trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  // One line more than allowed is enough to know that text was cut.
  for (const original of words) {
    let word = original;
    while (word && lines.length <= maxLines) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, font) <= maxWidth) {
        line = candidate;
        word = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        const piece = fittingPrefix(word, maxWidth, font);
        lines.push(piece);
        word = word.slice(piece.length);
      }
    }
    if (lines.length > maxLines) break;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitLine(`${kept[maxLines - 1]}${ELLIPSIS}`, maxWidth, font);
  return kept;
}
