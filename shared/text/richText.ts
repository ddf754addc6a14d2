/**
 * Long texts (latar belakang, kata pengantar …) are written in a small Markdown subset:
 * paragraphs, bullet and numbered lists, **bold** and *italic*, and — each standing alone as a
 * paragraph — pipe tables and pictures (read by shared/text/textTable.ts). They are parsed by mdast
 * (micromark) into this plain block model, which the editor's preview and the DOCX builder both
 * render — so the preview shows what the report will print, and neither ever renders HTML:
 * raw HTML, links, code and images in the text come through as the literal text typed.
 * The parser only sees what shared/text/textBounds.ts lets through; a paragraph over the bounds
 * comes back as plain text and `limited` says why, so no file can make parsing hang or overflow.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { LIMITS } from '../model/limits';
import { boundedSegments, formattingBudgetActive, textDeadline, type Segment, type TextLimit } from './textBounds';
import { readTextPicture, readTextTable, type TextPicture, type TextTable } from './textTable';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
  /** A pipe table standing alone as a paragraph (shared/text/textTable.ts). */
  | { kind: 'table'; table: TextTable }
  /** A picture of the project placed in the text by its attachment id. */
  | { kind: 'picture'; picture: TextPicture };

/** Characters of neighbouring paragraphs parsed in one call (measured in scripts/bench). */
const PARSE_CHUNK = 2_000;

export interface RichText {
  blocks: Block[];
  /** Set when part of the text is shown unformatted because it is over a bound (the first reason). */
  limited: TextLimit | null;
}

export function parseRichText(source: string): Block[] {
  return parseBoundedRichText(source).blocks;
}

/**
 * The last texts parsed, by source: the editor renders a section's previews, readiness checks and
 * summaries many times over the same unchanged texts, and a maximal text costs up to a second.
 * Not used under a report's shared budget, where a result depends on the texts before it.
 */
const recent = new Map<string, RichText>();
const RECENT_KEPT = 48;

export function parseBoundedRichText(source: string): RichText {
  if (formattingBudgetActive()) return parseUncached(source);
  const hit = recent.get(source);
  if (hit) {
    recent.delete(source);
    recent.set(source, hit);
    return hit;
  }
  const parsed = parseUncached(source);
  recent.set(source, parsed);
  if (recent.size > RECENT_KEPT) recent.delete(recent.keys().next().value!);
  return parsed;
}

function parseUncached(source: string): RichText {
  if (!source.trim()) return { blocks: [], limited: null };
  const segments = boundedSegments(source);
  const blocks: Block[] = [];
  let limited: TextLimit | null = null;
  const time = textDeadline();
  let timedOut = false;
  // Tables and pictures are read first, by our own linear scan; the rest goes to the parser.
  const own = segments.map((seg) => ownBlock(source, seg));
  for (let i = 0; i < segments.length;) {
    const first = segments[i]!;
    const mine = own[i];
    if (mine && mine !== 'over') {
      blocks.push(mine);
      i++;
      continue;
    }
    // Out of time: this and every later paragraph print as the plain text typed.
    if (!first.limit && !timedOut && time.clock() > time.deadline) {
      timedOut = true;
      for (let k = i; k < segments.length; k++) segments[k]!.limit ??= 'time';
      if (time.budget) time.budget.timedOut = (time.budget.timedOut ?? 0) + 1;
    }
    if (first.limit || mine === 'over') {
      // A bound of the text itself is named before the machine's speed.
      if (mine === 'over') limited ??= 'size';
      else if (first.limit !== 'time') limited ??= first.limit ?? 'size';
      const text = source.slice(first.start, first.end).trim();
      if (text) blocks.push({ kind: 'paragraph', runs: [{ text }] });
      i++;
      continue;
    }
    // Neighbouring paragraphs within bounds are parsed together up to a small chunk: one parser
    // call per paragraph costs more than the paragraph, while one call for a whole long text lets
    // the parser's superlinear cost (list items matched against each other) grow with the file.
    let last = i;
    while (
      last + 1 < segments.length &&
      last + 1 - i < LIMITS.richText.paragraphsPerCall &&
      !segments[last + 1]!.limit &&
      !own[last + 1] &&
      segments[last + 1]!.end - first.start <= PARSE_CHUNK
    )
      last++;
    const text = source.slice(first.start, segments[last]!.end);
    const parsed: Block[] = [];
    for (const node of fromMarkdown(text).children) toBlocks(node, text, parsed);
    // A list Markdown would continue over the blank line between two chunks is joined again.
    const prev = blocks[blocks.length - 1];
    const head = parsed[0];
    if (i > 0 && !segments[i - 1]!.limit && !own[i - 1] && prev?.kind === 'list' && head?.kind === 'list' && prev.ordered === head.ordered) {
      prev.items.push(...head.items);
      parsed.shift();
    }
    blocks.push(...parsed);
    i = last + 1;
  }
  if (limited && time.budget) (time.budget.limited ??= new Set()).add(source);
  return { blocks, limited: limited ?? (timedOut ? 'time' : null) };
}

/**
 * A table or picture paragraph as its block, 'over' when it is a table beyond the bounds, null
 * otherwise. Only paragraphs within the size bounds are looked at (markers do not matter here:
 * no parser sees a table), so the scan stays linear in what the budget allows.
 */
function ownBlock(source: string, seg: Segment): Block | 'over' | null {
  if (seg.limit === 'size') return null;
  const text = source.slice(seg.start, seg.end);
  const first = text.trimStart()[0];
  if (first === '!') {
    const picture = readTextPicture(text);
    return picture ? { kind: 'picture', picture } : null;
  }
  if (first !== '|' && !/^\s*(?:tabel|table)\s*:/i.test(text)) return null;
  const table = readTextTable(text);
  return table === null ? null : table === 'over' ? 'over' : { kind: 'table', table };
}

function toBlocks(node: RootContent, source: string, out: Block[]): void {
  switch (node.type) {
    case 'paragraph':
      out.push({ kind: 'paragraph', runs: runsOf(node.children, source) });
      return;
    case 'heading':
      out.push({ kind: 'heading', runs: runsOf(node.children, source) });
      return;
    case 'list':
      out.push({
        kind: 'list',
        ordered: !!node.ordered,
        start: node.start ?? 1,
        // A list item may hold several paragraphs or a nested list; the report keeps one line per item.
        items: node.children.map((item) =>
          item.children.flatMap((child, i) => {
            const inner: Block[] = [];
            toBlocks(child, source, inner);
            const runs = inner.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((r) => [{ text: ' ' }, ...r]) : 'runs' in b ? b.runs : []));
            return i === 0 ? runs : [{ text: ' ' }, ...runs];
          }),
        ),
      });
      return;
    case 'blockquote':
      for (const child of node.children) toBlocks(child, source, out);
      return;
    case 'thematicBreak':
      return;
    default: {
      // Code, HTML, tables, definitions …: keep exactly what the user typed, as text.
      const text = literal(node, source).trim();
      if (text) out.push({ kind: 'paragraph', runs: [{ text }] });
    }
  }
}

function runsOf(nodes: PhrasingContent[], source: string, style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  const runs: Run[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        runs.push({ text: n.value, ...style });
        break;
      case 'strong':
        runs.push(...runsOf(n.children, source, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...runsOf(n.children, source, { ...style, italic: true }));
        break;
      case 'break':
        runs.push({ text: '\n', ...style });
        break;
      default:
        runs.push({ text: literal(n, source), ...style });
    }
  }
  return mergeRuns(runs);
}

/** The source text a node came from, so nothing the user wrote disappears. */
function literal(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? source.slice(start, end) : '';
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Plain text of a rich text, for checks ("is it empty?") and for places that cannot show formatting. */
export function plainText(source: string): string {
  return parseRichText(source).map(blockText).join('\n');
}

/** The words of one block, tables cell by cell and pictures by their caption. */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'list':
      return b.items.map((i) => i.map((r) => r.text).join('')).join('\n');
    case 'table':
      return [b.table.caption ?? '', ...[b.table.header, ...b.table.rows].map((r) => r.join(' '))].filter(Boolean).join('\n');
    case 'picture':
      return b.picture.caption;
    default:
      return b.runs.map((r) => r.text).join('');
  }
}
