/**
 * Captions ("Tabel 1.1 …" above tables, "Gambar 2.1 …" below figures) carry a bookmark; the lists
 * of tables and figures point a page reference at it, which the layout estimator fills in.
 */
import { Bookmark, LeaderType, PageReference, Paragraph, TabStopType, TextRun } from 'docx';
import type { Caption } from '../outline';
import { plain } from './runs';
import { STYLE } from './styles';

export function captionParagraph(c: Caption, below = false): Paragraph {
  return new Paragraph({
    style: STYLE.caption,
    ...(below ? { keepNext: false, spacing: { before: 120, after: 240 } } : {}),
    children: [new Bookmark({ id: c.bookmark, children: [...plain(c.label, { bold: true }), ...plain(` ${c.title}`)] })],
  });
}

/** "Tabel 1.1 Judul ........ 3", with the page number from the caption's bookmark. */
export function captionListEntry(c: Caption, textWidth: number): Paragraph {
  return new Paragraph({
    style: STYLE.listEntry,
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }],
    // No right indent: LibreOffice drops a number whose tab stop lies past the right indent.
    indent: { left: 1134, hanging: 1134 },
    children: [...plain(`${c.label} ${c.title}`), new TextRun({ text: '\t' }), new PageReference(c.bookmark)],
  });
}
