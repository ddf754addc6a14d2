/** Small constructors for outline blocks, so chapter builders read like the report they make. */
import { blockText, parseRichText, type Run } from '../text/richText';
import type { Block, Cell, Column, TableBlock } from './outline';
import { letter, MISSING } from './terms';

export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

export const para = (...runs: (Run | string)[]): Block => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
  indent: true,
});

export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** A run that prints the placeholder when the value is empty. */
export function value(text: string | null | undefined): Run {
  const t = (text ?? '').trim();
  return t ? { text: t } : { text: MISSING, italic: true, bold: true };
}

/** A table cell that prints the placeholder when empty. */
export function cell(text: string | null | undefined, extra: Exclude<Cell, string> = {}): Cell {
  const t = (text ?? '').trim();
  return t ? { text: t, ...extra } : { missing: true, ...extra };
}

export const cols = (...defs: [header: string, weight: number, align?: Column['align']][]): Column[] =>
  defs.map(([header, weight, align]) => ({ header, weight, ...(align ? { align } : {}) }));

export function table(t: Omit<TableBlock, 'kind'>): TableBlock {
  return { kind: 'table', ...t };
}

/** A chapter's sub-sections titled "A. …", "B. …" in order, skipping those with nothing to say. */
export function lettered(sections: [title: string, blocks: Block[] | null][]): Block[] {
  const out: Block[] = [];
  let i = 0;
  for (const [title, blocks] of sections) {
    if (!blocks) continue;
    out.push(h2(`${letter(i++)}. ${title}`), ...blocks);
  }
  return out;
}

/** A long text flattened into one line of runs (bold and italic kept), for list items and table cells. */
export function inlineRuns(source: string): Run[] {
  const runs: Run[] = [];
  for (const b of parseRichText(source)) {
    const parts =
      b.kind === 'list' ? b.items.flatMap((item) => [{ text: ' ' }, ...item]) : b.kind === 'table' || b.kind === 'picture' ? [{ text: blockText(b) }] : b.runs;
    if (runs.length) runs.push({ text: ' ' });
    runs.push(...parts);
  }
  return runs.length ? runs : [value('')];
}
