/**
 * Long texts (latar belakang, kata pengantar …) are written in a small Markdown subset:
 * paragraphs, bullet and numbered lists, **bold** and *italic*. They are parsed by mdast
 * (micromark) into this plain block model, which the editor's preview and the DOCX builder both
 * render — so the preview shows what the report will print, and neither ever renders HTML:
 * raw HTML, links, code and images in the text come through as the literal text typed.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] };

export function parseRichText(source: string): Block[] {
  if (!source.trim()) return [];
  const tree = fromMarkdown(source);
  const blocks: Block[] = [];
  for (const node of tree.children) toBlocks(node, source, blocks);
  return blocks;
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
        items: node.children.map((item) => item.children.flatMap((child, i) => {
          const inner: Block[] = [];
          toBlocks(child, source, inner);
          const runs = inner.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((r) => [{ text: ' ' }, ...r]) : b.runs));
          return i === 0 ? runs : [{ text: ' ' }, ...runs];
        })),
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
