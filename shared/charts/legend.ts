/** Legend pieces shared by the charts: a row of swatches and a numbered list of names in two columns. */
import { textLines } from './chart';
import { wrapText, textWidth, type FontSpec } from './textMetrics';
import { CHART_WIDTH, FONT, INK, MUTED } from './theme';
import { el, text } from './xml';

export interface Swatch {
  /** Markup drawn in a 16×16 box whose centre is (cx, cy). */
  draw: (cx: number, cy: number) => string;
  label: string;
}

/** Swatches left to right, wrapping to a new row when the width is used up; returns markup and height. */
export function swatchRow(swatches: Swatch[], x0: number, y0: number, maxX = CHART_WIDTH - 16): { svg: string; height: number } {
  const font: FontSpec = FONT.small;
  let x = x0;
  let y = y0;
  let out = '';
  for (const s of swatches) {
    const w = 22 + textWidth(s.label, font) + 18;
    if (x + w > maxX && x > x0) {
      x = x0;
      y += 20;
    }
    out += s.draw(x + 8, y + 8) + el('text', { x: x + 22, y: y + 8 + font.size * 0.35, 'font-size': font.size, fill: INK }, text(s.label));
    x += w;
  }
  return { svg: out, height: y - y0 + 20 };
}

/** The height swatchRow gives swatches with these labels, without their markup (timeline.ts, timelineHeights). */
export function swatchRowHeight(labels: readonly string[], x0: number, maxX = CHART_WIDTH - 16): number {
  const font: FontSpec = FONT.small;
  let x = x0;
  let y = 0;
  for (const label of labels) {
    const w = 22 + textWidth(label, font) + 18;
    if (x + w > maxX && x > x0) {
      x = x0;
      y += 20;
    }
    x += w;
  }
  return y + 20;
}

export interface NumberedName {
  number: number;
  name: string;
  note?: string;
}

/** "1. Name" entries in two columns, each wrapped to two lines at most. */
export function numberedNames(entries: NumberedName[], x0: number, y0: number, width = CHART_WIDTH - 2 * x0): { svg: string; height: number } {
  const gap = 20;
  const colW = (width - gap) / 2;
  const font: FontSpec = FONT.small;
  const lineH = 15;
  let y = y0;
  let out = '';
  for (let i = 0; i < entries.length; i += 2) {
    const pair = entries.slice(i, i + 2);
    let rowLines = 1;
    pair.forEach((e, k) => {
      const x = x0 + k * (colW + gap);
      const prefix = `${e.number}.`;
      const indent = 26;
      const lines = wrapText(e.name + (e.note ? ` ${e.note}` : ''), colW - indent, font, 2);
      rowLines = Math.max(rowLines, lines.length);
      out += el('text', { x: x + indent - 6, y: y + font.size, 'text-anchor': 'end', 'font-size': font.size, 'font-weight': 'bold', fill: INK }, text(prefix));
      out += textLines(lines, x + indent, y + font.size, lineH, { 'font-size': font.size, fill: e.note ? MUTED : INK });
    });
    y += rowLines * lineH + 4;
  }
  return { svg: out, height: y - y0 };
}
