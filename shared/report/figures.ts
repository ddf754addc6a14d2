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

export const timelineFigure = (c: ReportContext) => figure(c, 'timeline', `Jadwal Pelaksanaan ${c.label}`, timelineSvg(c.p));

export const teamFigure = (c: ReportContext) => figure(c, 'team', 'Struktur Tim Efektif', teamChartSvg(c.p));

const MAP_TITLES: Record<MapView, (c: ReportContext) => string> = {
  before: (c) => `Peta Stakeholder Sebelum ${c.label}`,
  after: (c) => `Peta Stakeholder Sesudah ${c.label}`,
  movement: (c) => (c.kind === 'rancangan' ? 'Rencana Pergerakan Stakeholder' : 'Pergerakan Stakeholder Sebelum dan Sesudah'),
};

export const mapFigure = (c: ReportContext, view: MapView) => figure(c, `map-${view}`, MAP_TITLES[view](c), stakeholderMapSvg(c.p, view));
