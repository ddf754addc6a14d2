/**
 * The page-number estimator the report gives docx: its layout with the report's fonts, guessing
 * past what it cannot measure exactly. docx asks the estimator twice per export: once for the list
 * numbers of the bookmarked headings ("BAB I" in the TOC entries) and once for the pages. Both
 * read the whole body into layout form, which is a quarter of the export. The list numbers only
 * depend on the numbered paragraphs (Word counts a list over its own paragraphs, whatever lies
 * between them), so they are worked out from a body of just those: same numbers, a fraction of
 * the reading. That holds because no paragraph style of ours carries numbering (styles.ts; a unit
 * test checks both this and the numbers against docx's own reading of the whole body).
 *
 * The pages are worked out as LibreOffice lays the file out (the reader the tests can run, and
 * what many offices open a DOCX with): lines broken without Word's squeezing of justified lines
 * (asBrokenByLibreOffice below), and line heights stated in points (styles.ts, reportLine).
 */
import type { IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type FontFile } from 'docx/layout';

type Xml = Record<string, unknown>;

const childrenOf = (node: Xml): unknown[] => {
  for (const key in node) {
    const value = node[key];
    return Array.isArray(value) ? value : [];
  }
  return [];
};

/** The element's name: its first key (without the array of all its keys that Object.keys makes). */
const nameOf = (node: Xml): string | undefined => {
  for (const key in node) return key;
  return undefined;
};

/**
 * Elements that hold no paragraph and no w:numPr (OOXML puts neither in them): the properties of runs, cells, rows,
 * tables and sections, text, field codes and bookmarks. The walks below do not go into them; the cells' borders alone
 * are four elements per cell.
 */
const NO_PARAGRAPHS = new Set([
  'w:rPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:tblGrid',
  'w:sectPr',
  'w:t',
  'w:instrText',
  'w:fldChar',
  'w:bookmarkStart',
  'w:bookmarkEnd',
]);

/** Whether a written element holds a numbered paragraph anywhere inside (a table's cells too). */
function holdsNumbering(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(holdsNumbering);
  for (const key in node as Xml) {
    if (key === 'w:numPr') return true;
    if (key !== '_attr' && !NO_PARAGRAPHS.has(key) && holdsNumbering((node as Xml)[key])) return true;
  }
  return false;
}

/** The body with only what list numbering reads: numbered paragraphs (or the tables holding them) and the section properties. */
export function numberedParagraphsOf(body: IXmlableObject): IXmlableObject {
  const root = nameOf(body)!;
  const kept = childrenOf(body).filter((child) => {
    const name = nameOf(child as Xml);
    return name === 'w:sectPr' || ((name === 'w:p' || name === 'w:tbl' || name === 'w:sdt') && holdsNumbering(child));
  });
  return { [root]: kept };
}

const JUSTIFIED = new Set(['both', 'distribute']);
const LEFT = { 'w:jc': { _attr: { 'w:val': 'left' } } };

/**
 * A paragraph's properties with its alignment stated as left: justified, or given by its style (which may justify).
 * The same array when they already state an alignment that is not justified.
 */
function leftAligned(pPr: unknown[]): unknown[] {
  let stated = false;
  let out: unknown[] | undefined;
  pPr.forEach((child, i) => {
    const jc = (child as Xml)['w:jc'] as { _attr?: Record<string, unknown> } | undefined;
    if (!jc) return;
    stated = true;
    if (JUSTIFIED.has(String(jc._attr?.['w:val']))) (out ??= [...pPr])[i] = LEFT;
  });
  return stated ? (out ?? pPr) : [...pPr, LEFT];
}

/** A paragraph's content with its properties left-aligned (leftAligned), and the paragraphs inside it (text boxes) too. */
function leftAlignedParagraph(content: unknown[]): unknown[] {
  let hasProps = false;
  let out: unknown[] | undefined;
  content.forEach((c, i) => {
    let now: unknown;
    if (nameOf(c as Xml) === 'w:pPr') {
      hasProps = true;
      const props = (c as Xml)['w:pPr'];
      const aligned = Array.isArray(props) ? leftAligned(props) : props;
      now = aligned === props ? c : { 'w:pPr': aligned };
    } else now = asBrokenByLibreOffice(c);
    if (now !== c) (out ??= [...content])[i] = now;
  });
  const children = out ?? content;
  return hasProps ? children : [{ 'w:pPr': [LEFT] }, ...children];
}

/**
 * The body as LibreOffice breaks its lines: every paragraph aligned left instead of justified.
 * docx's estimate follows Word, which squeezes the spaces of a justified line to take one more
 * word (up to a quarter of their width); LibreOffice never does, and breaks a justified paragraph
 * exactly where it breaks a left-aligned one. One squeezed line was enough to move a heading to
 * the page after the one listed (the 1× generated rancangan's "G. Manfaat": 362.5 pt of text on a
 * 360.9 pt line). A paragraph without its own alignment is stated left too (its style may justify
 * it; a centred line breaks where a left-aligned one does). Only the estimate reads this copy; the
 * document keeps its alignment. Only what changes is copied, with the elements on the way to it:
 * the runs, text and pictures are the document's own (the estimate only reads them), which spares
 * copying the whole body for every export.
 */
export function asBrokenByLibreOffice(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    let out: unknown[] | undefined;
    node.forEach((child, i) => {
      const now = asBrokenByLibreOffice(child);
      if (now !== child) (out ??= [...node])[i] = now;
    });
    return out ?? node;
  }
  let out: Xml | undefined;
  for (const key in node as Xml) {
    const value = (node as Xml)[key];
    const now =
      key === '_attr' || NO_PARAGRAPHS.has(key) ? value : key === 'w:p' && Array.isArray(value) ? leftAlignedParagraph(value) : asBrokenByLibreOffice(value);
    if (now !== value) (out ??= { ...(node as Xml) })[key] = now;
  }
  return out ?? node;
}

/** One estimator per set of font files: docx parses the files each time it is asked for one. */
const estimators = new WeakMap<readonly FontFile[], PageNumberEstimator>();
const NO_FONTS: readonly FontFile[] = [];

export function reportPageNumbers(fonts: readonly FontFile[] = NO_FONTS): PageNumberEstimator {
  const known = estimators.get(fonts);
  if (known) return known;
  const layout = estimatePageNumbersWith({ guess: true, fonts: [...fonts] });
  const listNumbers = layout.listNumbers!;
  const estimator: PageNumberEstimator = Object.assign(
    (body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => layout(asBrokenByLibreOffice(body) as IXmlableObject, context),
    {
      listNumbers: (body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => listNumbers(numberedParagraphsOf(body), context),
    },
  );
  estimators.set(fonts, estimator);
  return estimator;
}
