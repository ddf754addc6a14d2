/**
 * Text measured before it is placed: line breaks worked out with the advance widths of the
 * shipped Liberation fonts (shared/charts/textMetrics.ts), so a box is chosen large enough, or
 * the type smaller (never below a floor), or the text split over slides or cut with "…".
 * PowerPoint and Impress do their own line breaking; the measure keeps a little slack (narrower
 * lines, 1.2 line height against the fonts' 1.15) so their result is never taller than ours.
 * Liberation Serif is measured with the Sans widths: its letters are narrower or equal almost
 * everywhere, which again errs on the side of room.
 */
import { wrapText } from '../charts/textMetrics';
import { stripInvalidXml } from '../charts/xml';
import { PT_PER_IN, TEXT_INSET_PT, type Box } from './geometry';

export interface Para {
  text: string;
  bullet?: boolean;
  bold?: boolean;
}

/** Line height as a multiple of the type size. */
export const LINE = 1.2;
/** Space after each paragraph (points). */
export const PARA_GAP_PT = 4;
/** Room a bullet and its hanging indent take (points). */
export const BULLET_INDENT_PT = 20;
/** Share of the measured width a line may fill: kerning and renderer differences. */
const SLACK = 0.96;
const ELLIPSIS = '…';
const ALL = Number.MAX_SAFE_INTEGER;

/** Text safe for a slide: no characters XML cannot carry, tabs as spaces. */
export function slideText(s: string): string {
  return stripInvalidXml(s).replace(/\t/g, ' ').replace(/\r\n?/g, '\n');
}

/** Lines one piece of text takes (hard breaks kept), each at least one line. */
export function wrapLines(text: string, widthPt: number, size: number, bold = false): string[] {
  const out: string[] = [];
  for (const hard of slideText(text).split('\n')) {
    const lines = wrapText(hard, widthPt * SLACK, { size, bold }, ALL);
    out.push(...(lines.length ? lines : ['']));
  }
  return out;
}

const innerWidthPt = (box: Box) => box.w * PT_PER_IN - 2 * TEXT_INSET_PT;
const innerHeightPt = (box: Box) => box.h * PT_PER_IN - 2 * TEXT_INSET_PT;
const paraWidth = (p: Para, widthPt: number) => widthPt - (p.bullet ? BULLET_INDENT_PT : 0);

function paraHeightPt(p: Para, widthPt: number, size: number): number {
  return wrapLines(p.text, paraWidth(p, widthPt), size, p.bold).length * size * LINE + PARA_GAP_PT;
}

/** Height the paragraphs need in a box of this width (points, without the box's insets). */
export function textHeightPt(paras: Para[], widthPt: number, size: number): number {
  return paras.reduce((h, p) => h + paraHeightPt(p, widthPt, size), 0);
}

/** Whether the paragraphs fit the box at this size (the overflow check uses this too). */
function fitsBox(paras: Para[], box: Box, size: number): boolean {
  return textHeightPt(paras, innerWidthPt(box), size) <= innerHeightPt(box) + 0.01;
}

export interface FittedText {
  size: number;
  paras: Para[];
  /** Paragraphs that did not fit even at the smallest size: for the next slide. */
  rest: Para[];
  /** True when a paragraph was shortened with "…". */
  cut: boolean;
}

export interface SizeRange {
  max: number;
  min: number;
}

/** The largest size (whole points, max → min) at which everything fits, else what fits at min and the rest. */
function fitText(paras: Para[], box: Box, range: SizeRange): FittedText {
  for (let size = range.max; size >= range.min; size--) {
    if (fitsBox(paras, box, size)) return { size, paras, rest: [], cut: false };
  }
  const size = range.min;
  const width = innerWidthPt(box);
  let room = innerHeightPt(box);
  const kept: Para[] = [];
  let i = 0;
  for (; i < paras.length; i++) {
    const h = paraHeightPt(paras[i]!, width, size);
    if (h > room) break;
    kept.push(paras[i]!);
    room -= h;
  }
  // A paragraph taller than the whole box is cut; otherwise it starts the next slide whole.
  if (kept.length === 0 && paras.length) {
    return { size, paras: [cutPara(paras[0]!, width, size, room)], rest: paras.slice(1), cut: true };
  }
  return { size, paras: kept, rest: paras.slice(i), cut: false };
}

/** The paragraph shortened to the lines that fit in `roomPt`, ending in "…". */
function cutPara(p: Para, widthPt: number, size: number, roomPt: number): Para {
  const lines = Math.max(1, Math.floor((roomPt - PARA_GAP_PT) / (size * LINE)));
  const kept = wrapText(slideText(p.text), paraWidth(p, widthPt) * SLACK, { size, bold: p.bold }, lines);
  const text = kept.join(' ');
  return { ...p, text: text.endsWith(ELLIPSIS) ? text : `${text}${ELLIPSIS}` };
}

/**
 * One slide's worth of a long text: what fits at the smallest size, the last shown paragraph cut
 * with "…" when anything was left out (the notes carry the whole text).
 */
export function fitOrCut(paras: Para[], box: Box, range: SizeRange): FittedText {
  const fitted = fitText(paras, box, range);
  if (fitted.rest.length === 0) return fitted;
  const width = innerWidthPt(box);
  const used = textHeightPt(fitted.paras, width, fitted.size);
  const room = innerHeightPt(box) - used;
  const next = fitted.rest[0]!;
  const out =
    room >= fitted.size * LINE + PARA_GAP_PT
      ? [...fitted.paras, cutPara(next, width, fitted.size, room)]
      : [
          ...fitted.paras.slice(0, -1),
          cutPara(
            { ...fitted.paras.at(-1)!, text: `${fitted.paras.at(-1)!.text} ${next.text}` },
            width,
            fitted.size,
            paraHeightPt(fitted.paras.at(-1)!, width, fitted.size) + room,
          ),
        ];
  return { size: fitted.size, paras: out.filter((p) => p.text), rest: [], cut: true };
}
