/**
 * The few XML helpers the charts need. Every piece of user text goes through `text()` or an
 * attribute value, which drop what XML 1.0 cannot hold (control characters, lone surrogates,
 * U+FFFE/U+FFFF) and escape the five markup characters, so a name like `<script>` or `&` is
 * drawn as text and the SVG always parses.
 */

/** Characters XML 1.0 forbids, plus lone surrogates (they would become U+FFFD or break parsers). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot carry (the DOCX builder uses this too). */
export function stripInvalidXml(s: string): string {
  return s.replace(INVALID_XML, '');
}

/** Removes characters XML cannot carry; tabs and line breaks become spaces (chart text is one line per element). */
export function cleanText(s: string): string {
  return stripInvalidXml(s).replace(/[\t\r\n]+/g, ' ');
}

/** Every character escapeXml changes or drops (any surrogate, to be safe): most values hold none and are kept as they are. */
const CHANGED_BY_ESCAPE = /[&<>"'\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  if (!CHANGED_BY_ESCAPE.test(s)) return s;
  return cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

/** Numbers rounded to 0.01 so the SVG is small and identical on every run. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function attrs(a: Attrs): string {
  let out = '';
  // for…in over the own keys (in Object.entries' order) without an array per element: a timeline draws thousands.
  for (const k in a) {
    if (!Object.hasOwn(a, k)) continue;
    const v = a[k];
    if (v === null || v === undefined || v === false) continue;
    const value = v === true ? k : typeof v === 'number' ? num(v) : escapeXml(v);
    out += ` ${k}="${value}"`;
  }
  return out;
}

/** An element; children are already-serialised markup (from `el` or `text`). */
export function el(tag: string, a: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

/** A text node's content: escaped user text. */
export function text(s: string): string {
  return escapeXml(s);
}
