/**
 * Outline + pictures → the docx Document: three sections (cover without a number; front matter
 * numbered i, ii …; BAB I onwards numbered 1, 2 … at the bottom centre), styles and numbering from
 * the document settings, and page numbers of the TOC and lists worked out by docx's layout
 * estimator, so no field needs updating when the examiner opens the file.
 */
import {
  AlignmentType,
  Document,
  Footer,
  NumberFormat,
  PageOrientation,
  PageNumber,
  BookmarkEnd,
  BookmarkStart,
  bookmarkUniqueNumericId,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
  type PageNumberEstimator,
} from 'docx';
import type { FontFile } from 'docx/layout';
import type { ReportContext } from '../context';
import type { ReportOutline } from '../outline';
import { PROJECT_PROPERTY, projectBookmark, sectionBookmark } from '../anchors';
import { AnchorNames } from './anchorNames';
import { approvalPage } from './approval';
import { bodyRuns } from './body';
import { coverPage } from './cover';
import type { FigureImage } from './figures';
import { pageGeometry, type PageGeometry } from './geometry';
import { reportPageNumbers } from './pageNumbers';
import { abstrak, daftarGambar, daftarIsi, daftarTabel, kataPengantar } from './frontMatter';
import { ListInstances } from './richText';
import { stripInvalidXml } from '../../charts/xml';
import { documentStyles, NUMBERING_CONFIG } from './styles';

export interface RenderOptions {
  /**
   * How page numbers are worked out; default: docx's layout, guessing past what it cannot measure
   * exactly. null leaves them to Word (for measuring what the layout costs).
   */
  pageNumbers?: PageNumberEstimator | null;
  /** Font files to measure the text with (the exporter passes metric-compatible Liberation fonts). */
  measureFonts?: readonly FontFile[];
}

const pageNumberFooter = () =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });

function section(g: PageGeometry, children: FileChild[], numbers: 'none' | 'roman' | 'arabic' | 'continue', landscape = false): ISectionOptions {
  const page = landscape
    ? // docx turns the portrait size itself when told the orientation.
      { size: { width: g.width, height: g.height, orientation: PageOrientation.LANDSCAPE }, margin: { ...g.landscape.margins, header: 709, footer: 709 } }
    : { size: { width: g.width, height: g.height }, margin: { ...g.margins, header: 709, footer: 709 } };
  if (numbers === 'none') return { properties: { page }, children };
  // A landscape table's section and the portrait text after it go on counting from BAB I.
  if (numbers === 'continue')
    return { properties: { page: { ...page, pageNumbers: { formatType: NumberFormat.DECIMAL } } }, footers: { default: pageNumberFooter() }, children };
  return {
    properties: { page: { ...page, pageNumbers: { start: 1, formatType: numbers === 'roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL } } },
    footers: { default: pageNumberFooter() },
    children,
  };
}

export function renderDocument(o: ReportOutline, c: ReportContext, images: ReadonlyMap<string, FigureImage>, opts: RenderOptions = {}): Document {
  const g = pageGeometry(c.p.documentSettings);
  const lists = new ListInstances();
  // The implementation report has no seminar to approve it; the handover summary is one page.
  const approved = o.variant === undefined;
  const front: FileChild[] = [
    ...(approved ? approvalPage(c, g) : []),
    // The foreword and abstract were written for the seminar documents, not for what follows them.
    ...(approved && c.options.includeKataPengantar ? kataPengantar(c, lists) : []),
    ...(approved && c.options.includeAbstrak ? abstrak(c, lists) : []),
    ...daftarIsi(),
    ...daftarTabel(o, g.textWidth),
    ...(c.options.includeFigures || o.figureCaptions.length ? daftarGambar(o, g.textWidth) : []),
  ];
  const anchors = new AnchorNames();
  const body = bodyRuns(o.chapters, { geometry: g, images, lists, font: c.p.documentSettings.font, fontSizePt: c.p.documentSettings.fontSizePt, anchors }).map(
    (run, i) => section(g, run.children, i === 0 ? 'arabic' : 'continue', run.landscape),
  );
  const participant = stripInvalidXml(c.p.people.participant.name.trim());
  // Which project the document is from, twice over: a bookmark on the cover and a document
  // property, so a returned DOCX is matched to its project whichever of the two survives the
  // editor. The cover also opens the identity section, for a comment made on it.
  const [projectMark, coverMark] = [bookmarkUniqueNumericId(), bookmarkUniqueNumericId()];
  const cover = coverPage(c.p, o.documentType, g, [
    new BookmarkStart(projectBookmark(c.p.id), projectMark) as unknown as ParagraphChild,
    new BookmarkEnd(projectMark) as unknown as ParagraphChild,
    new BookmarkStart(sectionBookmark('identitas', 0), coverMark) as unknown as ParagraphChild,
    new BookmarkEnd(coverMark) as unknown as ParagraphChild,
  ]);
  return new Document({
    creator: participant || 'Rancang Perubahan',
    lastModifiedBy: 'Rancang Perubahan',
    title: stripInvalidXml(c.p.title.trim()) || o.documentType,
    subject: o.documentType,
    description: `${o.documentType} — dibuat dengan Rancang Perubahan`,
    features: { updateFields: false },
    customProperties: [{ name: PROJECT_PROPERTY, value: c.p.id }],
    ...(opts.pageNumbers === null ? {} : { pageNumbers: opts.pageNumbers ?? reportPageNumbers(opts.measureFonts) }),
    styles: documentStyles(c.p.documentSettings),
    numbering: { config: NUMBERING_CONFIG },
    sections:
      o.variant === 'serah-terima'
        ? body.map((b) => ({ ...b, properties: { ...b.properties, page: { ...b.properties?.page, pageNumbers: {} } }, footers: {} }))
        : [section(g, cover, 'none'), section(g, front, 'roman'), ...body],
  });
}
