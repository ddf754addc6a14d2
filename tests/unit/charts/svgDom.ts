/** Parses chart SVG strictly (any XML error fails the test) and reads the data attributes back. */
import { DOMParser } from '@xmldom/xmldom';

type Node = {
  nodeType: number;
  tagName?: string;
  childNodes: ArrayLike<Node>;
  getAttribute?(n: string): string | null;
  hasAttribute?(n: string): boolean;
  textContent: string | null;
};

export interface SvgElement {
  tag: string;
  attr(name: string): string | null;
  text: string;
}

export function parseSvg(svg: string): SvgElement[] {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: (m) => errors.push(m), error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(svg, 'image/svg+xml');
  if (errors.length) throw new Error(`SVG is not well-formed XML: ${errors.join('; ')}`);
  const root = doc.documentElement as unknown as Node;
  if (!root || root.tagName !== 'svg') throw new Error('root is not <svg>');
  const out: SvgElement[] = [];
  const walk = (n: Node) => {
    if (n.nodeType !== 1) return;
    out.push({ tag: n.tagName!, attr: (name) => (n.hasAttribute!(name) ? n.getAttribute!(name) : null), text: n.textContent ?? '' });
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
  };
  walk(root);
  return out;
}

/** Elements that carry a data attribute (optionally with a value). */
export function withData(els: SvgElement[], name: string, value?: string): SvgElement[] {
  return els.filter((e) => e.attr(`data-${name}`) !== null && (value === undefined || e.attr(`data-${name}`) === value));
}

/** Current-position markers (not the "before" ghosts), drawn or counted in a "+N". */
export function stakeholderMarkers(els: SvgElement[]): SvgElement[] {
  return withData(els, 'stakeholder').filter((e) => e.attr('data-ghost') === null);
}

export function countBy(els: SvgElement[], attr: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of els) {
    const k = e.attr(attr) ?? '';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
