/**
 * The figure rule of the report (issue 10 item 4), read from a chart's SVG at the size the report
 * places it: every text at least 8 pt, no text over another, no label cut with "…". Boxes are
 * measured with the charts' own Liberation Sans widths (shared/charts/textMetrics), from the
 * baseline up 0.8 em and down 0.22 em, as the font's glyphs reach.
 */
import type { FigureBlock } from '../../../shared/report/outline';
import { fitPicture } from '../../../shared/report/docx/figures';
import { twipsToPx, type PageGeometry } from '../../../shared/report/docx/geometry';
import { textWidth } from '../../../shared/charts/textMetrics';
import { parseSvg } from '../charts/svgDom';

export const MIN_PT = 8;

export interface PlacedText {
  text: string;
  pt: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** Points per chart unit where the report places the figure (docx/figures.ts: full text width, at most 86 % of the text height). */
export function pointsPerUnit(f: FigureBlock, g: PageGeometry): number {
  const placed = fitPicture(f.chart.width, f.chart.height, twipsToPx(g.textWidth), twipsToPx(g.textHeight) * 0.86);
  // docx sizes pictures in 96-dpi pixels: 0.75 pt each.
  return (placed.width / f.chart.width) * 0.75;
}

const numberAttr = (v: string | null, fallback = 0) => (v === null || v === '' ? fallback : Number(v));

/** Every drawn text of a chart with its box in chart units and its size in points at `ptPerUnit`. */
export function placedTexts(svg: string, ptPerUnit: number): PlacedText[] {
  const out: PlacedText[] = [];
  for (const e of parseSvg(svg)) {
    if (e.tag !== 'text') continue;
    const s = e.text;
    if (!s.trim()) continue;
    const size = numberAttr(e.attr('font-size'), 16);
    const w = textWidth(s, { size, bold: e.attr('font-weight') === 'bold' });
    const anchor = e.attr('text-anchor') ?? 'start';
    let x = numberAttr(e.attr('x'));
    let y = numberAttr(e.attr('y'));
    const turned = /rotate\(-90\)/.test(e.attr('transform') ?? '');
    const shift = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(e.attr('transform') ?? '');
    if (shift) {
      x += Number(shift[1]);
      y += Number(shift[2]);
    }
    const start = anchor === 'middle' ? -w / 2 : anchor === 'end' ? -w : 0;
    // Along the text: start … start + w; across it: 0.8 em above the baseline to 0.22 em below.
    const box = turned
      ? { x0: x - 0.8 * size, x1: x + 0.22 * size, y0: y - start - w, y1: y - start }
      : { x0: x + start, x1: x + start + w, y0: y - 0.8 * size, y1: y + 0.22 * size };
    out.push({ text: s, pt: size * ptPerUnit, box });
  }
  return out;
}

/** Pairs of texts whose boxes overlap by more than `slack` chart units both ways. */
export function overlaps(texts: PlacedText[], slack = 0.5): [string, string][] {
  const out: [string, string][] = [];
  const sorted = [...texts].sort((a, b) => a.box.y0 - b.box.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.box.y0 >= a.box.y1 - slack) break;
      const across = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0);
      const down = Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0);
      if (across > slack && down > slack) out.push([a.text, b.text]);
    }
  }
  return out;
}

export interface FigureFindings {
  figure: string;
  smallestPt: number;
  small: string[];
  overlapping: [string, string][];
  cut: string[];
}

export function checkFigure(f: FigureBlock, g: PageGeometry): FigureFindings {
  const texts = placedTexts(f.chart.svg, pointsPerUnit(f, g));
  return {
    figure: `${f.caption.label} ${f.caption.title}`,
    smallestPt: Math.min(...texts.map((t) => t.pt)),
    small: texts.filter((t) => t.pt < MIN_PT - 1e-6).map((t) => `${t.text} (${t.pt.toFixed(1)} pt)`),
    overlapping: overlaps(texts),
    cut: texts.filter((t) => t.text.includes('…')).map((t) => t.text),
  };
}
