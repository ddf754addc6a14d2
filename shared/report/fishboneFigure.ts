/**
 * The fishbone diagram in BAB I (Analisis Penyebab): the root causes as shared/charts draws them,
 * numbered with the chapter's figures. A diagram taller than the page holds at the text width is
 * drawn in parts (pairs of bones, the same head), so its text is never shrunk below 8 pt.
 */
import { fishboneParts, fishboneSvg } from '../charts/fishbone';
import { CHART_WIDTH } from '../charts/theme';
import type { ReportContext } from './context';
import { pageGeometry } from './docx/geometry';
import type { FigureBlock } from './outline';

/** Share of the text height a figure may take, leaving room for its caption (as docx/figures.ts places it). */
const FIGURE_HEIGHT_SHARE = 0.86;

export function fishboneFigures(c: ReportContext): FigureBlock[] {
  if (!c.options.includeFigures) return [];
  const head = c.p.issueAnalysis.issues.find((i) => i.id === c.usg.coreIssueId)?.statement.trim() || null;
  if (fishboneSvg(c.p, head).empty) return [];
  const g = pageGeometry(c.p.documentSettings);
  const maxHeight = Math.floor((CHART_WIDTH * g.textHeight * FIGURE_HEIGHT_SHARE) / g.textWidth);
  const parts = fishboneParts(c.p, head, maxHeight);
  return parts.map((bones, i) => {
    const suffix = parts.length > 1 ? ` (${i + 1} dari ${parts.length})` : '';
    const title = `Diagram Tulang Ikan (Fishbone) Akar Penyebab Isu Utama${suffix}`;
    const caption = c.numbers.nextFigure(title);
    const chart = fishboneSvg(c.p, head, parts.length > 1 ? { bones } : {});
    return c.numbers.addFigure({
      kind: 'figure',
      caption,
      figureId: parts.length > 1 ? `fishbone-${i + 1}` : 'fishbone',
      chart,
      altText: `${caption.label} ${title}`,
    });
  });
}
