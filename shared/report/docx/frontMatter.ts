/**
 * Front matter after the approval page: kata pengantar and abstrak (optional), the table of
 * contents filled from the headings with page numbers worked out by docx's layout, and the lists
 * of tables and figures with page references to their captions. Nothing is left for Word to
 * "update": the examiner opens a complete document.
 */
import { AlignmentType, Bookmark, HeadingLevel, Paragraph, TableOfContents, type FileChild } from 'docx';
import { headingSection, sectionBookmark } from '../anchors';
import { formatDate } from '../../format/dates';
import type { ReportContext } from '../context';
import type { ReportOutline } from '../outline';
import { parseRichText } from '../../text/richText';
import { captionListEntry } from './captions';
import { richParagraphs, type ListInstances } from './richText';
import { placeholderRun, plain } from './runs';
import { STYLE } from './styles';

/**
 * A front-matter title inside its section's bookmark, so a comment on that page lands on it
 * (shared/report/anchors.ts). Each title has its own occurrence number, fixed here (the cover is
 * identitas 0), so names stay unique whichever optional pages are printed.
 */
const FRONT_OCCURRENCE: Record<string, number> = {
  'LEMBAR PERSETUJUAN': 1,
  'LEMBAR PENGESAHAN': 1,
  'KATA PENGANTAR': 0,
  ABSTRAK: 1,
  'DAFTAR ISI': 2,
  'DAFTAR TABEL': 3,
  'DAFTAR GAMBAR': 4,
};
export const frontMarked = (text: string) => [
  new Bookmark({ id: sectionBookmark(headingSection('depan', text), FRONT_OCCURRENCE[text] ?? 9), children: plain(text) }),
];

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: frontMarked(text) });

export function kataPengantar(c: ReportContext, lists: ListInstances): FileChild[] {
  const p = c.p;
  // "Jambi, Maret 2022": the month of the seminar the document is for.
  const monthYear = formatDate(c.kind === 'laporan' ? p.calendar.seminarLaporan : p.calendar.seminarRancangan).replace(/^\d+\s+/, '');
  const signedAt = [p.programme.city.trim(), monthYear].filter(Boolean).join(', ');
  return [
    heading('KATA PENGANTAR'),
    ...richParagraphs(parseRichText(p.narrative.kataPengantar), true, lists),
    new Paragraph({
      style: STYLE.bodyFlush,
      alignment: AlignmentType.RIGHT,
      spacing: { before: 360, after: 0 },
      children: signedAt ? plain(signedAt) : [placeholderRun()],
    }),
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: plain('Penulis,') }),
    new Paragraph({
      style: STYLE.bodyFlush,
      alignment: AlignmentType.RIGHT,
      spacing: { before: 960, after: 0 },
      children: p.people.participant.name.trim() ? plain(p.people.participant.name.trim(), { bold: true }) : [placeholderRun()],
    }),
  ];
}

export function abstrak(c: ReportContext, lists: ListInstances): FileChild[] {
  return [heading('ABSTRAK'), ...richParagraphs(parseRichText(c.p.narrative.abstrak), true, lists)];
}

export function daftarIsi(): FileChild[] {
  // Styled like the other front-matter titles but not a heading, so the TOC does not list itself.
  return [
    new Paragraph({ style: STYLE.frontTitle, pageBreakBefore: true, children: frontMarked('DAFTAR ISI') }),
    new TableOfContents('Daftar Isi', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

export function daftarTabel(o: ReportOutline, textWidth: number): FileChild[] {
  return [
    heading('DAFTAR TABEL'),
    ...(o.tables.length
      ? o.tables.map((t) => captionListEntry(t, textWidth))
      : [new Paragraph({ style: STYLE.bodyFlush, children: plain('Tidak ada tabel.') })]),
  ];
}

export function daftarGambar(o: ReportOutline, textWidth: number): FileChild[] {
  return [
    heading('DAFTAR GAMBAR'),
    ...(o.figureCaptions.length
      ? o.figureCaptions.map((f) => captionListEntry(f, textWidth))
      : [new Paragraph({ style: STYLE.bodyFlush, children: plain('Tidak ada gambar.') })]),
  ];
}
