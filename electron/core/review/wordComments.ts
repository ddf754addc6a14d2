/**
 * Comments and tracked changes of a DOCX the mentor or examiner returned, placed on the report's
 * sections and items through the bookmarks the exporter wrote (shared/report/anchors.ts):
 *
 * - a comment inside an item's table row (any cell) goes to that item;
 * - otherwise to the innermost item bookmark whose range holds its anchor;
 * - otherwise to the section whose heading bookmark last precedes the anchor, and a range that
 *   runs on into further sections names them too;
 * - anything before the first bookmark, on an item that no longer exists in a section we cannot
 *   tell, or in a document from another project (or with no bookmarks at all) is "unplaced", with
 *   its quoted text. Nothing is dropped.
 *
 * Word, LibreOffice and WPS all write comments as word/comments.xml plus commentRangeStart/End
 * and commentReference in the body; Word adds commentsExtended.xml (replies, "done").
 */
import { createHash } from 'node:crypto';
import { encodeId, parseBookmark, PROJECT_PROPERTY, type ParsedBookmark } from '../../../shared/report/anchors';
import { ITEM_KINDS } from '../../../shared/review/schema';
import type { ItemKind } from '../../../shared/review/types';
import type { ProjectItemIds, RemarkPlace, RemarkSource, SectionPlace, WordRemark, WordRemarks } from '../../../shared/wordComments/remarks';
import { openDocxPackage } from './docxPackage';
import { attr, elements, localName, parseXml, walk } from './xml';

const QUOTE_MAX = 500;
const TEXT_MAX = 20_000;
const LABEL_MAX = 200;

const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const isW = (el: Element, local: string) => localName(el) === local && W_NAMESPACES.has(el.namespaceURI ?? '');

interface Mark {
  name: string;
  start: number;
  end: number;
  row: number | null;
  label: string;
  open: boolean;
}

interface Anchor {
  start: number | null;
  end: number | null;
  ref: number | null;
  row: number | null;
  quote: string;
  open: boolean;
}

interface Change {
  source: 'insertion' | 'deletion';
  author: string;
  date: string | null;
  start: number;
  row: number | null;
  text: string;
}

interface BodyReading {
  marks: Mark[];
  anchors: Map<string, Anchor>;
  changes: Change[];
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One pass over the body in document order: our bookmarks' ranges, comment anchors with their quoted text, tracked changes. */
function readBody(root: Element): BodyReading {
  let pos = 0;
  const rows: number[] = [];
  let rowCount = 0;
  const marksById = new Map<string, Mark>();
  const marks: Mark[] = [];
  const anchors = new Map<string, Anchor>();
  const changes: Change[] = [];
  const openChanges: Change[] = [];
  const anchorOf = (id: string) => {
    let a = anchors.get(id);
    if (!a) anchors.set(id, (a = { start: null, end: null, ref: null, row: null, quote: '', open: false }));
    return a;
  };
  const row = () => rows[rows.length - 1] ?? null;
  const addText = (t: string, deleted: boolean) => {
    if (!deleted) {
      for (const m of marks) if (m.open && m.label.length < LABEL_MAX) m.label += t;
      for (const a of anchors.values()) if (a.open && a.quote.length < QUOTE_MAX * 2) a.quote += t;
    }
    const change = openChanges[openChanges.length - 1];
    if (change && change.text.length < TEXT_MAX) change.text += t;
  };
  walk(root, {
    enter(el) {
      pos++;
      if (!W_NAMESPACES.has(el.namespaceURI ?? '')) return;
      const name = localName(el);
      const id = attr(el, 'w:id') ?? '';
      switch (name) {
        case 'tr':
          rows.push(++rowCount);
          break;
        case 'bookmarkStart': {
          const bname = attr(el, 'w:name') ?? '';
          if (!parseBookmark(bname)) break;
          const m: Mark = { name: bname, start: pos, end: Number.POSITIVE_INFINITY, row: row(), label: '', open: true };
          marksById.set(id, m);
          marks.push(m);
          break;
        }
        case 'bookmarkEnd': {
          const m = marksById.get(id);
          if (m && m.open) {
            m.end = pos;
            m.open = false;
          }
          break;
        }
        case 'commentRangeStart': {
          const a = anchorOf(id);
          a.start ??= pos;
          a.row ??= row();
          a.open = true;
          break;
        }
        case 'commentRangeEnd': {
          const a = anchorOf(id);
          a.end = pos;
          a.open = false;
          break;
        }
        case 'commentReference': {
          const a = anchorOf(id);
          a.ref ??= pos;
          if (a.start === null) a.row ??= row();
          break;
        }
        case 'ins':
        case 'del':
        case 'moveTo':
        case 'moveFrom': {
          // A change of a paragraph mark or a row (inside w:rPr, w:trPr …) carries no text of its own.
          const parent = el.parentNode as Element | null;
          if (parent && /Pr$/.test(localName(parent))) break;
          const c: Change = {
            source: name === 'ins' || name === 'moveTo' ? 'insertion' : 'deletion',
            author: attr(el, 'w:author') ?? '',
            date: attr(el, 'w:date'),
            start: pos,
            row: row(),
            text: '',
          };
          openChanges.push(c);
          changes.push(c);
          break;
        }
        case 'tab':
        case 'br':
        case 'cr':
          addText(' ', false);
          break;
      }
    },
    exit(el) {
      if (!W_NAMESPACES.has(el.namespaceURI ?? '')) return;
      const name = localName(el);
      if (name === 'tr') {
        // An item's range ends with its row at the latest: LibreOffice cannot keep a bookmark
        // across cells and either folds it into one cell or drops its end.
        const ended = rows.pop();
        for (const m of marks) if (m.open && m.row === ended) Object.assign(m, { open: false, end: pos });
      } else if (name === 'p' || name === 'tc') addText(' ', false);
      else if (name === 'ins' || name === 'del' || name === 'moveTo' || name === 'moveFrom') {
        const parent = el.parentNode as Element | null;
        if (!(parent && /Pr$/.test(localName(parent)))) openChanges.pop();
      }
    },
    text(value, parent) {
      if (isW(parent, 't')) addText(value, false);
      else if (isW(parent, 'delText')) addText(value, true);
    },
  });
  return { marks, anchors, changes: mergeChanges(changes) };
}

/** Word splits one edit into a w:ins per run or paragraph; consecutive pieces by the same hand at the same time are one remark. */
function mergeChanges(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last && last.source === c.source && last.author === c.author && last.date === c.date && last.row === c.row) last.text += c.text;
    else out.push({ ...c });
  }
  return out.filter((c) => c.text.trim() !== '');
}

interface CommentPart {
  id: string;
  author: string;
  initials: string;
  date: string | null;
  text: string;
  paraIds: string[];
}

function readComments(root: Element | null): CommentPart[] {
  if (!root) return [];
  return elements(root, root.prefix ? `${root.prefix}:comment` : 'comment').map((c) => {
    const paragraphs: string[] = [];
    const paraIds: string[] = [];
    for (const p of elements(c, c.prefix ? `${c.prefix}:p` : 'p')) {
      let t = '';
      walk(p, {
        enter: (el) => (isW(el, 'tab') || isW(el, 'br') ? (t += ' ') : undefined),
        exit: () => undefined,
        text: (v, parent) => (isW(parent, 't') ? (t += v) : undefined),
      });
      paragraphs.push(t);
      const paraId = attr(p, 'w14:paraId');
      if (paraId) paraIds.push(paraId.toUpperCase());
    }
    return {
      id: attr(c, 'w:id') ?? '',
      author: squash(attr(c, 'w:author') ?? ''),
      initials: squash(attr(c, 'w:initials') ?? ''),
      date: attr(c, 'w:date'),
      text: cut(paragraphs.join('\n').trim(), TEXT_MAX),
      paraIds,
    };
  });
}

/** Word's commentsExtended.xml: which comment answers which (by the paragraph ids of the comments' last paragraphs) and which are done. */
function readExtended(root: Element | null): Map<string, { parent: string | null; done: boolean }> {
  const out = new Map<string, { parent: string | null; done: boolean }>();
  if (!root) return out;
  walk(root, {
    enter(el) {
      if (localName(el) !== 'commentEx') return;
      const paraId = attr(el, 'w15:paraId');
      if (paraId) out.set(paraId.toUpperCase(), { parent: attr(el, 'w15:paraIdParent')?.toUpperCase() ?? null, done: attr(el, 'w15:done') === '1' });
    },
    exit: () => undefined,
    text: () => undefined,
  });
  return out;
}

/** The part a relationship of this type points at, from a .rels part; `fallback` when the rels do not say. */
function relTarget(rels: Element | null, typeSuffix: string, base: string, fallback: string | null): string | null {
  if (!rels) return fallback;
  for (const r of elements(rels, 'Relationship')) {
    if (!(attr(r, 'Type') ?? '').endsWith(typeSuffix) || attr(r, 'TargetMode') === 'External') continue;
    const target = attr(r, 'Target') ?? '';
    const joined = target.startsWith('/') ? target.slice(1) : `${base}${target}`;
    // "word/../x" → "x"
    const parts: string[] = [];
    for (const seg of joined.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg && seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  }
  return fallback;
}

function customProperty(root: Element | null, name: string): string | null {
  if (!root) return null;
  for (const p of elements(root, root.prefix ? `${root.prefix}:property` : 'property')) {
    if (attr(p, 'name') !== name) continue;
    let v = '';
    walk(p, { enter: () => undefined, exit: () => undefined, text: (t) => (v += t) });
    return v.trim();
  }
  return null;
}

interface Placer {
  place(start: number, row: number | null): RemarkPlace;
  sectionsAfter(start: number, end: number): SectionPlace[];
}

type ItemMark = { m: Mark; b: Extract<ParsedBookmark, { kind: 'item' }> };

function placer(marks: Mark[], ids: ProjectItemIds, trusted: boolean): Placer {
  const lookup = new Map<ItemKind, Map<string, string>>(ITEM_KINDS.map((k) => [k, new Map(ids.items[k].map((id) => [encodeId(id), id]))]));
  const parsed = marks.map((m) => ({ m, b: parseBookmark(m.name)! }));
  const sections = parsed.flatMap(({ m, b }) => (b.kind === 'section' ? [{ start: m.start, section: b.section, label: cut(squash(m.label), LABEL_MAX) }] : []));
  const items = parsed.filter((x): x is ItemMark => x.b.kind === 'item');
  const sectionAt = (pos: number): SectionPlace | null => {
    let found: SectionPlace | null = null;
    for (const s of sections) if (s.start <= pos) found = { section: s.section, label: s.label };
    return found;
  };
  const resolve = (b: ItemMark['b']) => lookup.get(b.itemKind)?.get(b.encodedId) ?? null;
  return {
    place(start, row) {
      if (!trusted) return { kind: 'unplaced' };
      const section = sectionAt(start);
      // The row the anchor sits in, then the innermost item range around it.
      const inRow = row === null ? undefined : items.find((x) => x.m.row === row);
      const around = items.filter((x) => x.m.start <= start && start <= x.m.end).sort((a, b) => b.m.start - a.m.start)[0];
      for (const x of [inRow, around]) {
        const id = x ? resolve(x.b) : null;
        if (x && id) return { kind: 'item', itemKind: x.b.itemKind, id, within: section };
      }
      return section ? { kind: 'section', ...section } : { kind: 'unplaced' };
    },
    sectionsAfter(start, end) {
      if (!trusted) return [];
      return sections.filter((s) => s.start > start && s.start <= end).map((s) => ({ section: s.section, label: s.label }));
    },
  };
}

/** The sections a range runs into beyond the one it is placed on, each once. */
function otherSections(place: RemarkPlace, after: SectionPlace[]): SectionPlace[] {
  const seen = new Set<string>(place.kind === 'section' ? [place.section] : place.kind === 'item' && place.within ? [place.within.section] : []);
  return after.filter((s) => !seen.has(s.section) && seen.add(s.section));
}

const placeKey = (p: RemarkPlace) => (p.kind === 'item' ? `${p.itemKind}:${p.id}` : p.kind === 'section' ? `s:${p.section}` : 'u');

/** Fingerprints that repeat for identical remarks get an occurrence number, so two same comments stay two notes. */
function fingerprinter() {
  const seen = new Map<string, number>();
  return (parts: unknown[]) => {
    const base = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
}

/** The date as written, when it reads as a date ("2026-11-30T10:00:00Z"; LibreOffice leaves out the zone). */
function cleanDate(d: string | null): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(d) || d.startsWith('1970') || d.startsWith('1601')) return null;
  return d;
}

/**
 * The remarks of a returned DOCX for the open project. Throws DocxRefused (limits) or XmlRefused
 * (a part that is not well-formed or carries a DOCTYPE); the caller turns both into a refusal.
 */
export function readWordRemarks(bytes: Uint8Array, ids: ProjectItemIds): WordRemarks {
  const pkg = openDocxPackage(bytes);
  const part = (name: string | null) => {
    if (!name) return null;
    const t = pkg.text(name);
    return t === null ? null : parseXml(t, name);
  };
  const mainName = relTarget(part('_rels/.rels'), '/officeDocument', '', 'word/document.xml')!;
  const base = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const relsName = `${base}_rels/${mainName.slice(base.length)}.rels`;
  const rels = part(relsName);
  const body = part(mainName);
  if (!body) throw new Error('no main document part');
  const reading = readBody(body);
  const comments = readComments(part(relTarget(rels, '/comments', base, `${base}comments.xml`)));
  const extended = readExtended(part(relTarget(rels, '/commentsExtended', base, null)));
  const property = customProperty(part(relTarget(part('_rels/.rels'), '/custom-properties', '', 'docProps/custom.xml')), PROJECT_PROPERTY);

  const projectMark = reading.marks.map((m) => parseBookmark(m.name)).find((b) => b?.kind === 'project') as { encodedId: string } | undefined;
  const ours = reading.marks.some((m) => parseBookmark(m.name)?.kind !== 'project');
  const named = property ?? null;
  const sameId = (named !== null && named === ids.projectId) || (projectMark !== undefined && projectMark.encodedId === encodeId(ids.projectId));
  const otherId = !sameId && (named !== null || projectMark !== undefined);
  const origin = otherId ? 'other-project' : ours ? 'this-project' : 'unmarked';
  const where = placer(reading.marks, ids, origin === 'this-project');
  const fingerprint = fingerprinter();

  const remarks: WordRemark[] = [];
  const byParaId = new Map<string, WordRemark>();
  const commentRemark = new Map<string, WordRemark>();
  for (const c of comments) {
    const a = reading.anchors.get(c.id);
    const start = a?.start ?? a?.ref ?? null;
    const end = a?.end ?? start;
    const place: RemarkPlace = start === null ? { kind: 'unplaced' } : where.place(start, a?.row ?? null);
    const quote = cut(squash(a?.quote ?? ''), QUOTE_MAX);
    const ext = c.paraIds.length ? extended.get(c.paraIds[c.paraIds.length - 1]!) : undefined;
    const remark: WordRemark = {
      source: 'comment',
      fingerprint: fingerprint(['comment', c.author, c.date, c.text, quote, placeKey(place)]),
      author: c.author,
      initials: c.initials,
      date: cleanDate(c.date),
      text: c.text,
      quote,
      place,
      alsoSections: start === null || end === null ? [] : otherSections(place, where.sectionsAfter(start, end)),
      replyTo: null,
      resolved: ext?.done ?? false,
    };
    remarks.push(remark);
    commentRemark.set(c.id, remark);
    for (const p of c.paraIds) byParaId.set(p, remark);
  }
  // Replies point at their parent through the paragraph ids of commentsExtended.xml.
  for (const c of comments) {
    const ext = c.paraIds.length ? extended.get(c.paraIds[c.paraIds.length - 1]!) : undefined;
    const parent = ext?.parent ? byParaId.get(ext.parent) : undefined;
    const remark = commentRemark.get(c.id)!;
    if (parent && parent !== remark) remark.replyTo = parent.fingerprint;
  }
  for (const ch of reading.changes) {
    const place = where.place(ch.start, ch.row);
    const text = cut(ch.text.replace(/\s+/g, ' ').trim(), TEXT_MAX);
    remarks.push({
      source: ch.source satisfies RemarkSource,
      fingerprint: fingerprint([ch.source, ch.author, ch.date, text, placeKey(place)]),
      author: squash(ch.author),
      initials: '',
      date: cleanDate(ch.date),
      text,
      quote: cut(text, QUOTE_MAX),
      place,
      alsoSections: [],
      replyTo: null,
      resolved: false,
    });
  }
  return { origin, documentProjectId: named ?? null, remarks };
}
