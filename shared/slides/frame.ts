/** The pieces every slide is made of: a measured title, measured text boxes, tables split into pages, pictures fitted. */
import type { Chart } from '../charts/chart';
import { blockText, parseRichText, plainText } from '../text/richText';
import { BODY_BOX, containBox, TITLE_BOX, type Box } from './geometry';
import type { PictureElement, Slide, SlideElement, TextElement, TextRole } from './model';
import type { SectionId } from './sections';
import { layoutTable, type SlideTableSource } from './tableFit';
import { fitOrCut, type Para, type SizeRange } from './textFit';

const TITLE_SIZES: SizeRange = { max: 28, min: 20 };
export const BODY_SIZES: SizeRange = { max: 20, min: 14 };
export const SMALL_SIZES: SizeRange = { max: 16, min: 12 };

/** A text box whose size was measured to fit; what does not fit is cut with "…". */
export function textBox(role: TextRole, box: Box, paras: Para[], range: SizeRange, extra: Partial<TextElement> = {}): TextElement {
  const fitted = fitOrCut(paras.length ? paras : [{ text: '' }], box, range);
  return { kind: 'text', role, box, paras: fitted.paras, size: fitted.size, ...extra };
}

/** A long text (Markdown subset) as slide paragraphs: lists become bullets, formatting is dropped. */
export function richParas(source: string): Para[] {
  const out: Para[] = [];
  for (const b of parseRichText(source)) {
    if (b.kind === 'list') out.push(...b.items.map((item) => ({ text: item.map((r) => r.text).join(''), bullet: true })));
    else if (b.kind === 'table' || b.kind === 'picture') out.push({ text: blockText(b) });
    else out.push({ text: b.runs.map((r) => r.text).join(''), ...(b.kind === 'heading' ? { bold: true } : {}) });
  }
  return out;
}

/** Notes from long texts: each given under its heading, empty ones left out. */
export function notesOf(parts: [heading: string, source: string][], fallback: string): string {
  const text = parts
    .map(([h, s]) => [h, plainText(s).trim()] as const)
    .filter(([, s]) => s)
    .map(([h, s]) => (h ? `${h}:\n${s}` : s))
    .join('\n\n');
  return text || fallback;
}

export function slide(section: SectionId, title: string, body: SlideElement[], notes: string): Slide {
  return { section, title, elements: [textBox('title', TITLE_BOX, [{ text: title, bold: true }], TITLE_SIZES, { valign: 'middle' }), ...body], notes };
}

/** A table over as many slides as it needs; "(2/3)" marks the continuation slides. */
export function tableSlides(
  section: SectionId,
  title: string,
  table: SlideTableSource,
  notes: string,
  box: Box = BODY_BOX,
  above: SlideElement[] = [],
): Slide[] {
  if (table.rows.length === 0) return [];
  const pages = layoutTable(table, box);
  return pages.map((page, i) =>
    slide(
      section,
      pages.length > 1 ? `${title} (${i + 1}/${pages.length})` : title,
      [...(i === 0 ? above : []), { kind: 'table', box: { ...box, h: page.headerHeight + page.rowHeights.reduce((a, b) => a + b, 0) }, page }],
      table.source ? `${notes}\n\n${table.source}` : notes,
    ),
  );
}

export function chartPicture(box: Box, chart: Chart, alt: string): PictureElement {
  return { kind: 'picture', box: containBox(box, chart.width, chart.height), source: { kind: 'chart', chart }, alt };
}
