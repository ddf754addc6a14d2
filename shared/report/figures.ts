/**
 * The report's figures: the same SVG charts the screen shows (shared/charts), numbered per
 * chapter. The exporter rasterises exactly these; without figures the report keeps its tables.
 */
import type { Chart } from '../charts/chart';
import { stakeholderMapSvg, type MapView } from '../charts/stakeholderMap';
import { teamChartSvg } from '../charts/teamChart';
import { timelineSvg } from '../charts/timeline';
import type { ReportContext } from './context';
import type { FigureBlock } from './outline';

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
 * (short term, then medium and long term) in parts of at most TIMELINE_ROWS_PER_FIGURE rows, each
 * its own numbered figure, so no label is shrunk with the picture.
 */
export function timelineFigures(c: ReportContext): FigureBlock[] {
  const all = c.p.milestones;
  const title = `Jadwal Pelaksanaan ${c.label}`;
  if (all.length <= TIMELINE_ROWS_PER_FIGURE) return figure(c, 'timeline', title, timelineSvg(c.p));
  const groups: [string, typeof all][] = [
    ['Jangka Pendek', all.filter((m) => m.horizon === 'PENDEK')],
    ['Jangka Menengah dan Panjang', all.filter((m) => m.horizon !== 'PENDEK')],
  ];
  const out: FigureBlock[] = [];
  for (const [name, items] of groups) {
    const parts = Math.ceil(items.length / TIMELINE_ROWS_PER_FIGURE);
    for (let i = 0; i < parts; i++) {
      const chunk = items.slice(i * TIMELINE_ROWS_PER_FIGURE, (i + 1) * TIMELINE_ROWS_PER_FIGURE);
      const suffix = parts > 1 ? ` (${i + 1} dari ${parts})` : '';
      const id = `timeline-${name === 'Jangka Pendek' ? 'pendek' : 'lanjut'}-${i + 1}`;
      out.push(...figure(c, id, `${title}: ${name}${suffix}`, timelineSvg(c.p, {}, { ids: new Set(chunk.map((m) => m.id)) })));
    }
  }
  return out;
}

export const teamFigure = (c: ReportContext) => figure(c, 'team', 'Struktur Tim Efektif', teamChartSvg(c.p));

const MAP_TITLES: Record<MapView, (c: ReportContext) => string> = {
  before: (c) => `Peta Stakeholder Sebelum ${c.label}`,
  after: (c) => `Peta Stakeholder Sesudah ${c.label}`,
  movement: (c) => (c.kind === 'rancangan' ? 'Rencana Pergerakan Stakeholder' : 'Pergerakan Stakeholder Sebelum dan Sesudah'),
  path: () => 'Jalur Posisi Stakeholder: Sebelum, Posisi Bertanggal dan Sesudah',
};

export const mapFigure = (c: ReportContext, view: MapView) => figure(c, `map-${view}`, MAP_TITLES[view](c), stakeholderMapSvg(c.p, view));
