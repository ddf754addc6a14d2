/**
 * Widths of table text in the report font, for laying out table columns from what they hold.
 * Advance widths per 1000 em of Liberation Serif (metric-compatible with Times New Roman, what
 * LibreOffice and docx's page layout measure with) read from the shipped TTF files; Arial uses
 * the chart font's table (Liberation Sans). Bookman and Cambria are wider than Times: they are
 * measured as Times plus a margin, which errs on the side of wider minimum columns.
 */
import { textWidth as sansWidth } from '../charts/textMetrics';
import type { ReportFont } from '../model/enums';

// U+0020–U+007E and U+00A0–U+00FF of LiberationSerif-Regular.ttf / -Bold.ttf.
const REGULAR_ASCII = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564,
  444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333,
  469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200,
  480, 541,
];
const REGULAR_LATIN1 = [
  250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 500, 400, 549, 300, 300, 333, 576, 453, 333, 333, 300, 310, 500, 750, 750, 750,
  444, 722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333, 722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722,
  556, 500, 444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278, 500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500,
  500, 500, 500,
];
const BOLD_ASCII = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
  581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220,
  394, 520,
];
const BOLD_LATIN1 = [
  250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 500, 400, 549, 300, 300, 333, 576, 540, 333, 333, 300, 330, 500, 750, 750, 750,
  500, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389, 722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722,
  611, 556, 500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278, 500, 556, 500, 500, 500, 500, 500, 549, 500, 556, 556, 556, 556,
  500, 556, 500,
];
const PUNCTUATION: Record<string, number> = {
  '–': 500,
  '—': 1000,
  '…': 1000,
  '‘': 333,
  '’': 333,
  '“': 444,
  '”': 444,
  '•': 350,
  '≤': 549,
  '≥': 549,
  '±': 549,
  '→': 1000,
  '←': 1000,
  '×': 564,
};
const WIDE = 1000;
const AVERAGE = 500;

function serifChar(c: number, ch: string, bold: boolean): number {
  if (c >= 0x20 && c <= 0x7e) return (bold ? BOLD_ASCII : REGULAR_ASCII)[c - 0x20]!;
  if (c >= 0xa0 && c <= 0xff) return (bold ? BOLD_LATIN1 : REGULAR_LATIN1)[c - 0xa0]!;
  const p = PUNCTUATION[ch];
  if (p !== undefined) return p;
  if (c >= 0x300 && c <= 0x36f) return 0;
  // CJK, emoji and other wide scripts take a full em.
  if (c >= 0x1100) return WIDE;
  return AVERAGE;
}

export interface TextFont {
  family: ReportFont;
  /** Size in points. */
  size: number;
  bold?: boolean;
}

/** Width of `s` in points, set in `font`. */
export function measureText(s: string, font: TextFont): number {
  if (font.family === 'Arial') return sansWidth(s, { size: font.size, bold: !!font.bold });
  let w = 0;
  for (const ch of s) w += serifChar(ch.codePointAt(0)!, ch, !!font.bold);
  const wider = font.family === 'Times New Roman' ? 1 : 1.15;
  return (w * font.size * wider) / 1000;
}

/** How many lines `text` takes in `width` points when it wraps at spaces (each "\n" starts a line). */
export function lineCount(text: string, width: number, font: TextFont): number {
  let lines = 0;
  const space = measureText(' ', font);
  for (const para of text.split('\n')) {
    let x = 0;
    lines++;
    for (const word of para.split(/[ \t]+/).filter(Boolean)) {
      const w = measureText(word, font);
      if (x > 0 && x + space + w > width) {
        lines++;
        x = 0;
      }
      // A word wider than the line breaks by characters over as many lines as it needs.
      if (w > width) {
        lines += Math.ceil(w / width) - 1;
        x = w % width;
      } else {
        x += (x > 0 ? space : 0) + w;
      }
    }
  }
  return lines;
}

/** Height of one line at single spacing, in points (Times/Liberation Serif: ascent + descent ≈ 1.15 em). */
export const lineHeight = (sizePt: number) => sizePt * 1.15;
