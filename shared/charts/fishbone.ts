/**
 * The root causes as an Ishikawa (fishbone) diagram: the core issue is the head on the right, a
 * spine runs to it, and each category of the chosen set (6M or 4P, plus any other category that
 * holds causes) is a slanted bone, alternately above and below the spine, with its causes and
 * their sub-causes written beside it.
 *
 * Legible at print size by construction: every text is at least MIN_TEXT (FONT.small, 13 units, about 8 pt
 * at the 14 cm the report places it), wrapped at spaces and never cut with "…"; the chart grows in
 * height instead. Bones lean by the same amount and each bone's text lies within its own column,
 * left of its bone and right of the previous one, so no text crosses a line or another text.
 * A diagram taller than a page is drawn in parts by the report (`fishboneParts`).
 */
import { SHARED_TEXT } from '../i18n';
import { CAUSE_SETS, type CauseCategory } from '../model/enums';
import type { Project, RootCause } from '../model/types';
import { svgRoot, type Chart, type ChartOptions, emptyChart } from './chart';
import { textWidth, wrapText, type FontSpec } from './textMetrics';
import { ACCENT, CHART_WIDTH, FAINT, FONT, INK, MUTED, RULE } from './theme';
import { el, text } from './xml';

export interface FishboneCause {
  text: string;
  subs: string[];
}

export interface FishboneBone {
  category: CauseCategory;
  causes: FishboneCause[];
}

const MARGIN = 10;
const HEAD_W = 136;
const LINE = 17;
/** How far a bone leans back from the spine towards the tail, in units. */
const SLANT = 30;
const SUB_INDENT = 12;
const GAP = 12;
/** A cause text never needs more lines than this (LIMITS.shortText is 1,000 characters). */
const MAX_LINES = 200;

const CAUSE_FONT: FontSpec = FONT.small;

/** Wrapped lines by width and text: splitting a large diagram measures the same causes many times. */
const wrapped = new Map<string, string[]>();
function wrap(raw: string, width: number, font: FontSpec): string[] {
  const key = `${width}|${font.bold ? 1 : 0}|${raw}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size > 20_000) wrapped.clear();
    lines = wrapText(raw, width, font, MAX_LINES);
    wrapped.set(key, lines);
  }
  return lines;
}
const LABEL_FONT: FontSpec = FONT.smallBold;

/** The bones to draw: every category of the chosen set, then any other category holding causes. */
export function fishboneBones(rootCauses: Project['rootCauses']): FishboneBone[] {
  const { categorySet, causes } = rootCauses;
  const ids = new Set(causes.map((c) => c.id));
  const children = new Map<string, RootCause[]>();
  for (const c of causes) if (c.parentId && ids.has(c.parentId) && c.parentId !== c.id) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  // Sub-causes of sub-causes are written under the same cause (the diagram has two levels).
  const subsOf = (c: RootCause): string[] => {
    const out: string[] = [];
    const seen = new Set<string>([c.id]);
    const walk = (id: string) => {
      for (const k of children.get(id) ?? []) {
        if (seen.has(k.id)) continue;
        seen.add(k.id);
        out.push(k.text);
        walk(k.id);
      }
    };
    walk(c.id);
    return out;
  };
  const top = causes.filter((c) => !c.parentId || !ids.has(c.parentId) || c.parentId === c.id);
  const inSet = CAUSE_SETS[categorySet] as readonly CauseCategory[];
  const extra = [...new Set(top.map((c) => c.category))].filter((k) => !inSet.includes(k));
  return [...inSet, ...extra].map((category) => ({
    category,
    causes: top.filter((c) => c.category === category).map((c) => ({ text: c.text, subs: subsOf(c) })),
  }));
}

interface Placed {
  lines: string[];
  x: number;
  y: number;
  font: FontSpec;
  kind: 'cause' | 'sub' | 'category' | 'head';
}

interface Column {
  bone: FishboneBone;
  label: string[];
  items: { lines: string[]; subs: string[][] }[];
  height: number;
}

const blockHeight = (lines: number) => lines * LINE;

export interface FishboneOptions extends ChartOptions {
  /** Only these bones (a part of a diagram too tall for one page; see fishboneParts). */
  bones?: readonly FishboneBone[];
}

/** Geometry shared by drawing and by the report's splitting: the column width for a number of bones. */
function columnGeometry(boneCount: number) {
  const cols = Math.max(1, Math.ceil(boneCount / 2));
  const headX = CHART_WIDTH - MARGIN - HEAD_W;
  const colW = (headX - GAP - MARGIN) / cols;
  // Text of a column lies left of its bone and right of the previous bone (see the file comment).
  const textW = colW - 10 - SLANT;
  return { cols, headX, colW, textW };
}

function columnOf(bone: FishboneBone, textW: number, noCause: string, label: string): Column {
  const labelLines = wrap(label, textW + SLANT - 8, LABEL_FONT);
  const items = (bone.causes.length ? bone.causes : [{ text: noCause, subs: [] }]).map((c) => ({
    lines: wrap(c.text.trim() || noCause, textW, CAUSE_FONT),
    subs: c.subs.map((s) => wrap(s.trim() || noCause, textW - SUB_INDENT, CAUSE_FONT)),
  }));
  const body = items.reduce((h, it) => h + blockHeight(it.lines.length) + it.subs.reduce((s, l) => s + blockHeight(l.length), 0) + 6, 0);
  return { bone, label: labelLines, items, height: blockHeight(labelLines.length) + 12 + body };
}

/** The height the diagram of these bones takes, for the report's splitting. */
export function fishboneHeight(p: Pick<Project, 'rootCauses'>, head: string | null, bones?: readonly FishboneBone[], opts: ChartOptions = {}): number {
  return layout(p, head, { ...opts, ...(bones ? { bones } : {}) }).height;
}

function layout(p: Pick<Project, 'rootCauses'>, head: string | null, opts: FishboneOptions) {
  const words = SHARED_TEXT[opts.lang ?? 'id'].fishbone;
  const bones = opts.bones ?? fishboneBones(p.rootCauses);
  const g = columnGeometry(bones.length);
  const columns = bones.map((b) => columnOf(b, g.textW, words.noCause, words.categories[b.category]));
  // Alternate above and below: bone 0 above in column 0, bone 1 below in column 0, …
  const above = columns.filter((_, i) => i % 2 === 0);
  const below = columns.filter((_, i) => i % 2 === 1);
  const headLines = wrap(head?.trim() || words.noHead, HEAD_W - 16, LABEL_FONT);
  const headH = blockHeight(headLines.length) + 16;
  const up = Math.max(headH / 2, ...above.map((c) => c.height)) + GAP;
  const down = Math.max(headH / 2, ...below.map((c) => c.height)) + GAP;
  const spineY = MARGIN + up;
  return { bones, g, above, below, headLines, headH, spineY, height: Math.ceil(spineY + down + MARGIN) };
}

export function fishboneSvg(p: Pick<Project, 'rootCauses'>, head: string | null, opts: FishboneOptions = {}): Chart {
  const words = SHARED_TEXT[opts.lang ?? 'id'].fishbone;
  const L = layout(p, head, opts);
  const title = words.title;
  const hasCauses = L.bones.some((b) => b.causes.length > 0);
  if (!hasCauses) return emptyChart('fishbone', title, opts);
  const { g, spineY } = L;
  const body: string[] = [];
  const placed: Placed[] = [];

  // Spine and head.
  body.push(el('line', { x1: MARGIN, y1: spineY, x2: g.headX, y2: spineY, stroke: INK, 'stroke-width': 3 }));
  const headY = spineY - L.headH / 2;
  body.push(el('rect', { x: g.headX, y: headY, width: HEAD_W, height: L.headH, rx: 6, fill: '#e3eefb', stroke: ACCENT, 'stroke-width': 2 }));
  placed.push({ lines: L.headLines, x: g.headX + 8, y: headY + 8 + LINE * 0.78, font: LABEL_FONT, kind: 'head' });

  const drawColumn = (col: Column, k: number, side: 'above' | 'below') => {
    const sign = side === 'above' ? -1 : 1;
    const xb = MARGIN + (k + 1) * g.colW - 4;
    // The bone spans the column's own height: from the spine to its category label.
    const reach = col.height + 4;
    const yEnd = spineY + sign * reach;
    const boneX = (y: number) => xb - (SLANT * Math.abs(y - spineY)) / reach;
    body.push(el('line', { x1: xb, y1: spineY, x2: boneX(yEnd), y2: yEnd, stroke: INK, 'stroke-width': 2, 'data-bone': col.bone.category }));
    // Label box at the far end of the bone; causes between it and the spine.
    const labelH = blockHeight(col.label.length) + 8;
    const labelW = Math.min(g.textW + SLANT - 8, Math.max(...col.label.map((l) => textWidth(l, LABEL_FONT)))) + 12;
    const labelTop = side === 'above' ? yEnd - 4 : yEnd - labelH + 4;
    const labelRight = boneX(yEnd) + 4;
    body.push(el('rect', { x: labelRight - labelW, y: labelTop, width: labelW, height: labelH, rx: 4, fill: FAINT, stroke: RULE }));
    placed.push({ lines: col.label, x: labelRight - labelW + 6, y: labelTop + 4 + LINE * 0.78, font: LABEL_FONT, kind: 'category' });
    // Causes in order from the label towards the spine (above) or from the spine outwards (below).
    let y = side === 'above' ? labelTop + labelH + 6 : spineY + GAP;
    for (const item of col.items) {
      const h = blockHeight(item.lines.length) + item.subs.reduce((s, l) => s + blockHeight(l.length), 0);
      // Left of the bone where the bone is furthest left over this block.
      const minBoneX = Math.min(boneX(y), boneX(y + h));
      const x = minBoneX - 6 - g.textW;
      const midY = y + LINE * 0.5;
      body.push(
        el('line', {
          x1: x + Math.min(g.textW, textWidth(item.lines[0] ?? '', CAUSE_FONT)) + 3,
          y1: midY,
          x2: boneX(midY),
          y2: midY,
          stroke: MUTED,
          'stroke-width': 1,
        }),
      );
      placed.push({ lines: item.lines, x, y: y + LINE * 0.78, font: CAUSE_FONT, kind: 'cause' });
      let sy = y + blockHeight(item.lines.length);
      for (const sub of item.subs) {
        body.push(el('line', { x1: x + 3, y1: sy + 2, x2: x + 3, y2: sy + blockHeight(sub.length) - 2, stroke: MUTED, 'stroke-width': 1.5 }));
        placed.push({ lines: sub, x: x + SUB_INDENT, y: sy + LINE * 0.78, font: CAUSE_FONT, kind: 'sub' });
        sy += blockHeight(sub.length);
      }
      y += h + 6;
    }
  };
  L.above.forEach((c, k) => drawColumn(c, k, 'above'));
  L.below.forEach((c, k) => drawColumn(c, k, 'below'));

  for (const t of placed) {
    const attrs = {
      'font-size': t.font.size,
      ...(t.font.bold ? { 'font-weight': 'bold' } : {}),
      fill: INK,
      'data-text': t.kind,
    };
    body.push(t.lines.map((l, i) => el('text', { x: round(t.x), y: round(t.y + i * LINE), ...attrs }, text(l))).join(''));
  }
  const svg = svgRoot('fishbone', CHART_WIDTH, L.height, title, { causes: L.bones.reduce((n, b) => n + b.causes.length, 0) }, body);
  return { svg, width: CHART_WIDTH, height: L.height, empty: false };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The bones of each part when the whole diagram is taller than `maxHeight` units: bones kept in
 * pairs (one above, one below the spine) and parts filled in order; a pair still too tall is drawn
 * bone by bone, and a bone still too tall in runs of its causes, so every part fits the page and no
 * text is shrunk. Every cause is in exactly one part.
 */
export function fishboneParts(p: Pick<Project, 'rootCauses'>, head: string | null, maxHeight: number): FishboneBone[][] {
  const all = fishboneBones(p.rootCauses);
  const fits = (bones: FishboneBone[]) => fishboneHeight(p, head, bones) <= maxHeight;
  if (fits(all)) return [all];
  const parts: FishboneBone[][] = [];
  let current: FishboneBone[] = [];
  const close = () => {
    if (current.length) parts.push(current);
    current = [];
  };
  for (let i = 0; i < all.length; i += 2) {
    const pair = all.slice(i, i + 2);
    if (fits([...current, ...pair])) {
      current.push(...pair);
      continue;
    }
    close();
    if (fits(pair)) {
      current = pair;
      continue;
    }
    for (const bone of pair) {
      if (fits([bone])) {
        parts.push([bone]);
        continue;
      }
      // A run of causes as long as one part holds (at least one cause, so splitting always advances).
      let run: FishboneCause[] = [];
      for (const cause of bone.causes) {
        if (run.length && !fits([{ ...bone, causes: [...run, cause] }])) {
          parts.push([{ ...bone, causes: run }]);
          run = [];
        }
        run.push(cause);
      }
      if (run.length) parts.push([{ ...bone, causes: run }]);
    }
  }
  close();
  return parts;
}
