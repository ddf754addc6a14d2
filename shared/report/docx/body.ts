/** Chapters of the outline → Word paragraphs and tables: "BAB I" headings on a new page, sub-headings, blocks. */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { stripInvalidXml } from '../../charts/xml';
import type { Block, Chapter } from '../outline';
import { figureParagraphs, pictureParagraphs, type FigureImage } from './figures';
import type { PageGeometry } from './geometry';
import { listParagraphs, richParagraphs, type ListInstances } from './richText';
import { plain, textRuns } from './runs';
import { NUMBERING, STYLE } from './styles';
import { renderTable } from './tables';

export interface BodyContext {
  geometry: PageGeometry;
  images: ReadonlyMap<string, FigureImage>;
  lists: ListInstances;
}

export function chapterHeading(ch: Chapter): Paragraph {
  return ch.numbered
    // "BAB I" comes from the list numbering, the title on the next line of the same heading.
    ? new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, numbering: { reference: NUMBERING.chapter, level: 0 }, children: [new TextRun({ text: stripInvalidXml(ch.title), break: 1 })] })
    : new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: plain(ch.title) });
}

export function blockChildren(b: Block, ctx: BodyContext): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: plain(b.text) })];
    case 'rich':
      return richParagraphs(b.source, b.required ?? true, ctx.lists);
    case 'paragraph':
      return [new Paragraph({ style: b.indent ? STYLE.body : STYLE.bodyFlush, children: textRuns(b.runs) })];
    case 'list':
      return listParagraphs(b.ordered, b.items, ctx.lists);
    case 'table':
      return renderTable(b, ctx.geometry.textWidth);
    case 'figure':
      return figureParagraphs(b, ctx.images.get(b.figureId), ctx.geometry);
    case 'picture':
      return pictureParagraphs(b, ctx.geometry);
  }
}

export function chapterChildren(ch: Chapter, ctx: BodyContext): FileChild[] {
  return [chapterHeading(ch), ...ch.blocks.flatMap((b) => blockChildren(b, ctx))];
}
