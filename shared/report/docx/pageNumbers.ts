/**
 * The page-number estimator the report gives docx: its layout with the report's fonts, guessing
 * past what it cannot measure exactly. docx asks the estimator twice per export: once for the list
 * numbers of the bookmarked headings ("BAB I" in the TOC entries) and once for the pages. Both
 * read the whole body into layout form, which is a quarter of the export. The list numbers only
 * depend on the numbered paragraphs (Word counts a list over its own paragraphs, whatever lies
 * between them), so they are worked out from a body of just those: same numbers, a fraction of
 * the reading. That holds because no paragraph style of ours carries numbering (styles.ts; a unit
 * test checks both this and the numbers against docx's own reading of the whole body).
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

const nameOf = (node: Xml): string | undefined => Object.keys(node)[0];

/** Whether a written element holds a numbered paragraph anywhere inside (a table's cells too). */
function holdsNumbering(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(holdsNumbering);
  for (const key in node as Xml) {
    if (key === 'w:numPr') return true;
    if (key !== '_attr' && holdsNumbering((node as Xml)[key])) return true;
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

/** One estimator per set of font files: docx parses the files each time it is asked for one. */
const estimators = new WeakMap<readonly FontFile[], PageNumberEstimator>();
const NO_FONTS: readonly FontFile[] = [];

export function reportPageNumbers(fonts: readonly FontFile[] = NO_FONTS): PageNumberEstimator {
  const known = estimators.get(fonts);
  if (known) return known;
  const layout = estimatePageNumbersWith({ guess: true, fonts: [...fonts] });
  const listNumbers = layout.listNumbers!;
  const estimator: PageNumberEstimator = Object.assign((body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => layout(body, context), {
    listNumbers: (body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => listNumbers(numberedParagraphsOf(body), context),
  });
  estimators.set(fonts, estimator);
  return estimator;
}
