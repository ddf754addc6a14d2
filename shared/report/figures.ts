/**
 * The report's figures: the same SVG charts the screen shows (shared/charts), numbered per
 * chapter. The exporter rasterises exactly these; without figures the report keeps its tables.
 */
import type { Chart } from '../charts/chart';
import { CHART_WIDTH } from '../charts/theme';
import { pageGeometry } from './docx/geometry';
import { stakeholderMapSvg, type MapView } from '../charts/stakeholderMap';
import { teamChartSvg } from '../charts/teamChart';
import { timelineHeights, timelineSvg } from '../charts/timeline';
import type { ReportContext } from './context';
import type { FigureBlock } from './outline';
import type { Milestone } from '../model/types';

function figure(c: ReportContext, figureId: string, title: string, chart: Chart): FigureBlock[] {
  if (!c.options.includeFigures || chart.empty) return [];
  const caption = c.numbers.nextFigure(title);
  return [c.numbers.addFigure({ kind: 'figure', caption, figureId, chart, altText: `${caption.label} ${title}` })];
}

/**
 * Rows of the schedule one figure holds at the full text width without being shrunk to the page
 * height (34 px rows of a 640 px chart placed 14 cm wide: about 20 rows and the headers).
 */
export const TIMELINE_ROWS_PER_FIGURE = 20;

/**
 * The schedule: one figure while it fits a page at full width; a longer one is drawn per horizon
 * (short term, then medium and long term) in parts of at most TIMELINE_ROWS_PER_FIGURE rows and
 * no taller than a page holds at full width (rows grow with long names), each its own numbered
 * figure, so no label is shrunk with the picture.
 */
export function timelineFigures(c: ReportContext, which: 'all' | 'later' = 'all'): FigureBlock[] {
  const all = which === 'all' ? c.p.milestones : c.p.milestones.filter((m) => m.horizon !== 'PENDEK');
  if (all.length === 0) return [];
  const title = `Jadwal Pelaksanaan ${c.label}`;
  const maxHeight = fullWidthHeight(c);
  const whole = which === 'all' ? timelineSvg(c.p) : timelineSvg(c.p, {}, { ids: new Set(all.map((m) => m.id)) });
  if (all.length <= TIMELINE_ROWS_PER_FIGURE && whole.height <= maxHeight)
    return figure(c, 'timeline', which === 'all' ? title : `${title}: Jangka Menengah dan Panjang`, whole);
  const groups: [string, typeof all][] = [
    ['Jangka Pendek', all.filter((m) => m.horizon === 'PENDEK')],
    ['Jangka Menengah dan Panjang', all.filter((m) => m.horizon !== 'PENDEK')],
  ];
  const out: FigureBlock[] = [];
  for (const [name, items] of groups) {
    const charts = timelineParts(c, items, maxHeight);
    charts.forEach((chart, i) => {
      const suffix = charts.length > 1 ? ` (${i + 1} dari ${charts.length})` : '';
      const id = `timeline-${name === 'Jangka Pendek' ? 'pendek' : 'lanjut'}-${i + 1}`;
      out.push(...figure(c, id, `${title}: ${name}${suffix}`, chart));
    });
  }
  return out;
}

/**
 * Consecutive parts of `items`, each as many rows as fit under `maxHeight` (at least one). Whether one more row fits
 * is asked of its height alone (timelineHeights); only the parts kept are drawn, once each.
 */
function timelineParts(c: ReportContext, items: readonly Milestone[], maxHeight: number): Chart[] {
  const charts: Chart[] = [];
  const partOf = (ms: readonly Milestone[]) => ({ ids: new Set(ms.map((m) => m.id)) });
  const heightOf = timelineHeights(c.p);
  let part: Milestone[] = [];
  for (const m of items) {
    if (part.length > 0 && (part.length >= TIMELINE_ROWS_PER_FIGURE || heightOf(partOf([...part, m])) > maxHeight)) {
      charts.push(timelineSvg(c.p, {}, partOf(part)));
      part = [m];
    } else part.push(m);
  }
  if (part.length > 0) charts.push(timelineSvg(c.p, {}, partOf(part)));
  return charts;
}

export const teamFigure = (c: ReportContext) => figure(c, 'team', 'Struktur Tim Efektif', teamChartSvg(c.p));

const MAP_TITLES: Record<MapView, (c: ReportContext) => string> = {
  before: (c) => `Peta Stakeholder Sebelum ${c.label}`,
  after: (c) => `Peta Stakeholder Sesudah ${c.label}`,
  movement: (c) => (c.kind === 'rancangan' ? 'Rencana Pergerakan Stakeholder' : 'Pergerakan Stakeholder Sebelum dan Sesudah'),
  path: () => 'Jalur Posisi Stakeholder: Sebelum, Posisi Bertanggal dan Sesudah',
};

/** How tall a chart may be, in chart units, to be placed at the full text width on one page (docx/figures.ts leaves 86 % of the text height). */
export function fullWidthHeight(c: ReportContext): number {
  const g = pageGeometry(c.p.documentSettings);
  return Math.floor(((g.textHeight * 0.86) / g.textWidth) * CHART_WIDTH);
}

export const mapFigure = (c: ReportContext, view: MapView) =>
  figure(c, `map-${view}`, MAP_TITLES[view](c), stakeholderMapSvg(c.p, view, { maxHeight: fullWidthHeight(c) }));
