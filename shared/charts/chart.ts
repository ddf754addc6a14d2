/** What every chart function returns, the SVG root, and the "no data yet" picture. */
import { CHART_LABELS, type ChartLang } from './labels';
import { CHART_FONT_STACK, CHART_WIDTH, FAINT, FONT, MUTED } from './theme';
import { el, text } from './xml';

export type ChartKind = 'stakeholder-map' | 'timeline' | 'team' | 'fishbone';

export interface Chart {
  svg: string;
  width: number;
  height: number;
  /** True when there was nothing to draw and the picture says so. */
  empty: boolean;
}

export interface ChartOptions {
  lang?: ChartLang;
}

/** The root element: explicit size and viewBox (resvg and Chromium scale the same way), a title for screen readers. */
export function svgRoot(kind: ChartKind, width: number, height: number, title: string, data: Record<string, string | number>, body: string[]): string {
  const dataAttrs: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) dataAttrs[`data-${k}`] = v;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': title,
      'font-family': CHART_FONT_STACK,
      'data-chart': kind,
      ...dataAttrs,
    },
    el('title', {}, text(title)),
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    ...body,
  );
}

/** A chart with nothing to show still renders: a framed box that says so. */
export function emptyChart(kind: ChartKind, title: string, opts: ChartOptions = {}, height = 160): Chart {
  const width = CHART_WIDTH;
  const label = CHART_LABELS[opts.lang ?? 'id'].empty;
  const svg = svgRoot(kind, width, height, title, { empty: 'true' }, [
    el('rect', { x: 1, y: 1, width: width - 2, height: height - 2, fill: '#ffffff', stroke: FAINT, 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
    el(
      'text',
      { x: width / 2, y: height / 2 + FONT.title.size * 0.35, 'text-anchor': 'middle', 'font-size': FONT.title.size, fill: MUTED, 'data-empty-label': 'true' },
      text(label),
    ),
  ]);
  return { svg, width, height, empty: true };
}

/** One or more lines of text starting at (x, y), `lineHeight` apart. */
export function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: Record<string, string | number>): string {
  return lines.map((l, i) => el('text', { x, y: y + i * lineHeight, ...attrs }, text(l))).join('');
}
