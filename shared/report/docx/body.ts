/**
 * Chapters of the outline → Word paragraphs and tables: "BAB I" headings on a new page, sub-headings,
 * blocks, and the body cut into portrait and landscape runs where a table needs the turned page.
 */
import { Bookmark, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { headingSection } from '../anchors';
import type { SectionId } from '../../domain/sections';
import type { AnchorNames } from './anchorNames';
import { stripInvalidXml } from '../../charts/xml';
import type { Block, Chapter } from '../outline';
import { figureParagraphs, pictureParagraphs, type FigureImage } from './figures';
import type { PageGeometry } from './geometry';
import { listParagraphs, richParagraphs, type ListInstances } from './richText';
import { plain, textRuns } from './runs';
import { NUMBERING, STYLE } from './styles';
import { renderTable } from './tables';
import { parseRichText } from '../../text/richText';
import { layoutTable, type TableLayout } from '../tableLayout';
import type { ReportFont } from '../../model/enums';

export interface BodyContext {
  geometry: PageGeometry;
  images: ReadonlyMap<string, FigureImage>;
  lists: ListInstances;
  font: ReportFont;
  fontSizePt: number;
  /** Bookmark names of sections and rows, unique in the document. */
  anchors: AnchorNames;
}

/** A stretch of the body on one page orientation. */
export interface BodyRun {
  landscape: boolean;
  children: FileChild[];
}

const compactPt = (ctx: BodyContext) => Math.min(ctx.fontSizePt, 10);

export function tableLayoutFor(b: Extract<Block, { kind: 'table' }>, ctx: BodyContext): TableLayout {
  return layoutTable(b, {
    portrait: ctx.geometry.textWidth,
    landscape: ctx.geometry.landscape.textWidth,
    family: ctx.font,
    sizePt: b.compact ? compactPt(ctx) : Math.min(ctx.fontSizePt, 11),
  });
}

/** A heading's runs inside its section's bookmark, when it has a section. */
const marked = (anchors: AnchorNames, section: SectionId | undefined, runs: TextRun[]) =>
  section ? [new Bookmark({ id: anchors.section(section), children: runs })] : runs;

/** The chapter heading opens the chapter's first section, so a comment on "BAB II" does not fall to the end of BAB I. */
export function chapterHeading(ch: Chapter, anchors: AnchorNames): Paragraph {
  const section = ch.code ? headingSection(ch.code, null) : undefined;
  return ch.numbered
    ? // "BAB I" comes from the list numbering, the title on the next line of the same heading.
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        numbering: { reference: NUMBERING.chapter, level: 0 },
        children: marked(anchors, section, [new TextRun({ text: stripInvalidXml(ch.title), break: 1 })]),
      })
    : new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: marked(anchors, section, plain(ch.title)) });
}

export function blockChildren(b: Block, ctx: BodyContext): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: marked(ctx.anchors, b.section, plain(b.text)) }),
      ];
    case 'rich':
      return richParagraphs(b.blocks ?? parseRichText(b.source), b.required ?? true, ctx.lists);
    case 'paragraph':
      return [new Paragraph({ style: b.indent ? STYLE.body : STYLE.bodyFlush, children: textRuns(b.runs) })];
    case 'list':
      return listParagraphs(b.ordered, b.items, ctx.lists);
    case 'table':
      return renderTable(b, tableLayoutFor(b, ctx), compactPt(ctx), ctx.anchors);
    case 'figure':
      return figureParagraphs(b, ctx.images.get(b.figureId), ctx.geometry);
    case 'picture':
      return pictureParagraphs(b, ctx.geometry);
  }
}

/**
 * The chapters as runs of one orientation: a table that only fits the turned page gets a landscape
 * run of its own (caption, table, note), and the text after it goes on in portrait.
 */
export function bodyRuns(chapters: Chapter[], ctx: BodyContext): BodyRun[] {
  const runs: BodyRun[] = [];
  const put = (landscape: boolean, children: FileChild[]) => {
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.children.push(...children);
    else runs.push({ landscape, children: [...children] });
  };
  for (const ch of chapters) {
    put(false, [chapterHeading(ch, ctx.anchors)]);
    // Sub-headings wait for the next block, so a heading goes to the turned page with its table
    // instead of staying alone at the foot of the portrait page.
    let headings: FileChild[] = [];
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        headings.push(...blockChildren(b, ctx));
        continue;
      }
      if (b.kind !== 'table') {
        put(false, [...headings, ...blockChildren(b, ctx)]);
      } else {
        const layout = tableLayoutFor(b, ctx);
        put(layout.landscape, [...headings, ...renderTable(b, layout, compactPt(ctx), ctx.anchors)]);
      }
      headings = [];
    }
    if (headings.length) put(false, headings);
  }
  return runs;
}
