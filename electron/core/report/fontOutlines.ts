/**
 * A lighter copy of a TrueType font for resvg: the same font, but only the outlines some characters
 * need. resvg (through fontdb) reads the whole font file again for every glyph it draws, so the
 * worked example's six charts read the 410 KB chart font about 4,400 times: 1.8 GB copied, a fifth
 * of the export's CPU as system time. The copy keeps every glyph number, every metric and all the
 * shaping tables (cmap, hmtx, GSUB, GPOS, kern): text is shaped and placed exactly as with the full
 * font, and the outlines it draws are the same points, so the pictures are identical. What goes:
 *  - the outlines of glyphs that no kept character can reach (through cmap, a GSUB substitution,
 *    or as a part of a composite glyph): they stay in the glyph list, empty;
 *  - the hinting (each glyph's instructions, and the fpgm, prep and cvt tables), a third of the
 *    outline bytes: resvg draws outlines as they are and never runs hinting instructions;
 *  - the glyph names (`post` becomes version 3, which has none), which resvg never reads.
 * The caller decides which characters are kept and must use the full font for any text outside them.
 *
 * Anything this reader does not know (a collection, CFF outlines, another cmap format, a table that
 * points outside the file) gives `undefined`: the caller then keeps the full font.
 */

interface Table {
  offset: number;
  length: number;
}

class Unsupported extends Error {}

/** A bounds-checked big-endian reader: a damaged font fails as Unsupported, never reads garbage. */
class Reader {
  constructor(private readonly bytes: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw new Unsupported();
    return (this.bytes[at]! << 8) | this.bytes[at + 1]!;
  }
  i16(at: number): number {
    const v = this.u16(at);
    return v & 0x8000 ? v - 0x10000 : v;
  }
  u32(at: number): number {
    return this.u16(at) * 0x10000 + this.u16(at + 2);
  }
  tag(at: number): string {
    return String.fromCharCode(this.bytes[at]!, this.bytes[at + 1]!, this.bytes[at + 2]!, this.bytes[at + 3]!);
  }
}

const TRUETYPE = 0x00010000;

function tablesOf(r: Reader, size: number): Map<string, Table> {
  if (r.u32(0) !== TRUETYPE) throw new Unsupported();
  const tables = new Map<string, Table>();
  const count = r.u16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const table = { offset: r.u32(at + 8), length: r.u32(at + 12) };
    if (table.offset + table.length > size) throw new Unsupported();
    tables.set(r.tag(at), table);
  }
  for (const tag of ['head', 'maxp', 'cmap', 'loca', 'glyf', 'post']) if (!tables.has(tag)) throw new Unsupported();
  return tables;
}

/** Unicode subtables: platform 0, or Windows (3) with encoding 1 (BMP) or 10 (all planes). Others (old Mac codes) are not Unicode. */
const isUnicode = (platform: number, encoding: number) => platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));

/**
 * Calls `each(codePoint, glyph)` for every mapping of every Unicode cmap subtable: formats 4 and 12,
 * the two a Unicode font carries; another format there is refused.
 */
function eachMapping(r: Reader, cmap: number, each: (codePoint: number, glyph: number) => void): void {
  const subtables = r.u16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + 8 * i;
    if (!isUnicode(r.u16(record), r.u16(record + 2))) continue;
    const at = cmap + r.u32(record + 4);
    const format = r.u16(at);
    if (format === 4) {
      const segments = r.u16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const ranges = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const end = r.u16(ends + 2 * s);
        const start = r.u16(starts + 2 * s);
        const delta = r.i16(deltas + 2 * s);
        const range = r.u16(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const raw = range === 0 ? c : r.u16(ranges + 2 * s + range + 2 * (c - start));
          if (range !== 0 && raw === 0) continue;
          each(c, (raw + delta) & 0xffff);
        }
      }
    } else if (format === 12) {
      const groups = r.u32(at + 12);
      for (let g = 0; g < groups; g++) {
        const group = at + 16 + 12 * g;
        const first = r.u32(group);
        const last = r.u32(group + 4);
        const glyph = r.u32(group + 8);
        if (last - first > 0x10ffff) throw new Unsupported();
        for (let c = first; c <= last; c++) each(c, glyph + c - first);
      }
    } else {
      throw new Unsupported();
    }
  }
}

function coverage(r: Reader, at: number): number[] {
  const format = r.u16(at);
  const glyphs: number[] = [];
  if (format === 1) {
    for (let i = 0, n = r.u16(at + 2); i < n; i++) glyphs.push(r.u16(at + 4 + 2 * i));
  } else if (format === 2) {
    for (let i = 0, n = r.u16(at + 2); i < n; i++) {
      const range = at + 4 + 6 * i;
      for (let g = r.u16(range); g <= r.u16(range + 2); g++) glyphs.push(g);
    }
  } else {
    throw new Unsupported();
  }
  return glyphs;
}

/**
 * Every glyph a GSUB substitution can put in the text, whatever its input (a superset: cheaper to
 * keep a few outlines too many than to follow each lookup's context). Contextual lookups (5, 6)
 * only call other lookups, whose outputs are collected where they are listed.
 */
function substitutionOutputs(r: Reader, gsub: number, out: Set<number>): void {
  const lookups = gsub + r.u16(gsub + 8);
  for (let l = 0, n = r.u16(lookups); l < n; l++) {
    const lookup = lookups + r.u16(lookups + 2 + 2 * l);
    let type = r.u16(lookup);
    for (let s = 0, m = r.u16(lookup + 4); s < m; s++) {
      let sub = lookup + r.u16(lookup + 6 + 2 * s);
      if (type === 7) {
        type = r.u16(sub + 2);
        sub += r.u32(sub + 4);
      }
      const words = (at: number) => {
        for (let i = 0, k = r.u16(at); i < k; i++) out.add(r.u16(at + 2 + 2 * i));
      };
      if (type === 1) {
        if (r.u16(sub) === 1) {
          const delta = r.i16(sub + 4);
          for (const g of coverage(r, sub + r.u16(sub + 2))) out.add((g + delta) & 0xffff);
        } else {
          words(sub + 4);
        }
      } else if (type === 2 || type === 3) {
        for (let i = 0, k = r.u16(sub + 4); i < k; i++) words(sub + r.u16(sub + 6 + 2 * i));
      } else if (type === 4) {
        for (let i = 0, k = r.u16(sub + 4); i < k; i++) {
          const set = sub + r.u16(sub + 6 + 2 * i);
          for (let j = 0, q = r.u16(set); j < q; j++) out.add(r.u16(set + r.u16(set + 2 + 2 * j)));
        }
      }
    }
  }
}

/** Composite glyph component flags (TrueType `glyf` specification). */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** The glyphs a composite glyph is made of. */
function componentsOf(r: Reader, glyph: number, length: number, each: (component: number) => void): void {
  if (length < 10 || r.i16(glyph) >= 0) return;
  let at = glyph + 10;
  for (;;) {
    const flags = r.u16(at);
    each(r.u16(at + 2));
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_2X2 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return;
  }
}

/** Tables only hinting reads. */
const HINTING = new Set(['fpgm', 'prep', 'cvt ']);

/**
 * One glyph's outline without its hinting instructions. A simple glyph: header and contour ends,
 * an instruction length of 0, then its flags and points as they were. A composite: its components
 * without the flag that says instructions follow, and without them.
 */
function withoutInstructions(r: Reader, glyph: Uint8Array, at: number): Uint8Array {
  if (glyph.length < 10) return glyph;
  const contours = r.i16(at);
  if (contours >= 0) {
    const lengthAt = 10 + 2 * contours;
    const instructions = r.u16(at + lengthAt);
    const rest = lengthAt + 2 + instructions;
    if (rest > glyph.length) throw new Unsupported();
    const out = new Uint8Array(glyph.length - instructions);
    out.set(glyph.subarray(0, lengthAt));
    out.set(glyph.subarray(rest), lengthAt + 2);
    return out;
  }
  // A copy (a Node Buffer's slice() would share the font's memory), its own buffer from offset 0.
  const out = new Uint8Array(glyph);
  const view = new DataView(out.buffer);
  let p = 10;
  for (;;) {
    if (p + 4 > out.length) throw new Unsupported();
    const flags = view.getUint16(p);
    view.setUint16(p, flags & ~WE_HAVE_INSTRUCTIONS);
    p += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_2X2 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return out.subarray(0, p);
  }
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum = (sum + ((bytes[i]! << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

/** The font with only the outlines that the code points `keep` accepts can reach; `undefined` when it cannot be done safely. */
export function keepOutlinesFor(font: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array | undefined {
  try {
    return slimmed(font, keep);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function slimmed(font: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array {
  const r = new Reader(font);
  const tables = tablesOf(r, font.length);
  const head = tables.get('head')!.offset;
  const longOffsets = r.i16(head + 50) === 1;
  const glyphCount = r.u16(tables.get('maxp')!.offset + 4);
  const loca = tables.get('loca')!.offset;
  const glyf = tables.get('glyf')!;
  const starts: number[] = [];
  for (let g = 0; g <= glyphCount; g++) starts.push(longOffsets ? r.u32(loca + 4 * g) : 2 * r.u16(loca + 2 * g));
  if (starts[glyphCount]! > glyf.length) throw new Unsupported();

  // Glyph 0 (the missing-character box) always; the kept characters' glyphs; whatever GSUB can make.
  const kept = new Set<number>([0]);
  eachMapping(r, tables.get('cmap')!.offset, (c, g) => {
    if (keep(c)) kept.add(g);
  });
  const gsub = tables.get('GSUB');
  if (gsub) substitutionOutputs(r, gsub.offset, kept);
  const todo = [...kept];
  while (todo.length) {
    const g = todo.pop()!;
    if (g >= glyphCount) continue;
    componentsOf(r, glyf.offset + starts[g]!, starts[g + 1]! - starts[g]!, (c) => {
      if (!kept.has(c)) {
        kept.add(c);
        todo.push(c);
      }
    });
  }

  // The new glyf and loca: kept outlines without their instructions (each padded to an even
  // length, as short loca offsets need), every other glyph empty.
  const outlines = new Map<number, Uint8Array>();
  let size = 0;
  for (const g of kept) {
    if (g >= glyphCount || starts[g + 1]! === starts[g]!) continue;
    const outline = withoutInstructions(r, font.subarray(glyf.offset + starts[g]!, glyf.offset + starts[g + 1]!), glyf.offset + starts[g]!);
    outlines.set(g, outline);
    size += (outline.length + 1) & ~1;
  }
  const glyfOut = new Uint8Array(size);
  const locaOut = new Uint8Array((longOffsets ? 4 : 2) * (glyphCount + 1));
  const locaView = new DataView(locaOut.buffer);
  let at = 0;
  for (let g = 0; g <= glyphCount; g++) {
    if (longOffsets) locaView.setUint32(4 * g, at);
    else locaView.setUint16(2 * g, at / 2);
    const outline = outlines.get(g);
    if (outline) {
      glyfOut.set(outline, at);
      at += (outline.length + 1) & ~1;
    }
  }
  const post = new Uint8Array(font.subarray(tables.get('post')!.offset, tables.get('post')!.offset + 32));
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const parts = new Map<string, Uint8Array>();
  for (const [tag, t] of tables) if (!HINTING.has(tag)) parts.set(tag, font.subarray(t.offset, t.offset + t.length));
  parts.set('glyf', glyfOut);
  parts.set('loca', locaOut);
  parts.set('post', post);
  return assemble(font.subarray(0, 12), parts);
}

/** A font file from its tables: directory sorted by tag (as the format asks), tables 4-byte aligned. */
function assemble(header: Uint8Array, parts: Map<string, Uint8Array>): Uint8Array {
  const tags = [...parts.keys()].sort();
  let size = 12 + 16 * tags.length;
  for (const tag of tags) size += (parts.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(header);
  // The table count and the binary-search fields the format derives from it.
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, (tags.length - power) * 16);
  let at = 12 + 16 * tags.length;
  tags.forEach((tag, i) => {
    const data = parts.get(tag)!;
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 4, checksum(data));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, data.length);
    out.set(data, at);
    at += (data.length + 3) & ~3;
  });
  return out;
}
