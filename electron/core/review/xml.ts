/**
 * XML parts of a returned DOCX, parsed without trusting them: a DOCTYPE (where entity expansion
 * and external references live) is refused outright, since no Word, LibreOffice or WPS part has
 * one; parse errors are failures, not silently repaired trees; and walking is iterative, so a
 * deeply nested part cannot exhaust the stack.
 */
import { DOMParser } from '@xmldom/xmldom';

export class XmlRefused extends Error {}

export function parseXml(text: string, part: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlRefused(`${part}: DOCTYPE`);
  const fail = (msg: string) => {
    throw new XmlRefused(`${part}: ${msg}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new XmlRefused(`${part}: empty`);
  return root;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export interface Visitor {
  enter(el: Element): void;
  exit(el: Element): void;
  text(value: string, parent: Element): void;
}

/** Every element and text node under `root` in document order, with an exit call after each element's children. */
export function walk(root: Element, v: Visitor): void {
  const stack: { node: Node; exiting: boolean }[] = [{ node: root, exiting: false }];
  while (stack.length) {
    const { node, exiting } = stack.pop()!;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (exiting) {
        v.exit(el);
        continue;
      }
      v.enter(el);
      stack.push({ node, exiting: true });
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exiting: false });
    } else if ((node.nodeType === TEXT || node.nodeType === CDATA) && node.parentNode) {
      v.text(node.nodeValue ?? '', node.parentNode as Element);
    }
  }
}

/** Elements under `root` with this qualified name, in document order. */
export function elements(root: Element, name: string): Element[] {
  const out: Element[] = [];
  walk(root, { enter: (el) => el.nodeName === name && out.push(el), exit: () => undefined, text: () => undefined });
  return out;
}

/** An attribute by qualified name ("w:id"), or by local name under any prefix (LibreOffice and WPS differ in prefixes now and then). */
export function attr(el: Element, name: string): string | null {
  if (el.hasAttribute(name)) return el.getAttribute(name);
  const local = name.slice(name.indexOf(':') + 1);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === local) return a.value;
  }
  return null;
}

/** Local element name without prefix: "w:t" → "t". */
export const localName = (el: Element): string => el.localName ?? el.nodeName.slice(el.nodeName.indexOf(':') + 1);
