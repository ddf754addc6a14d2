/**
 * The power/interest map (docs/domain.md §5.2–5.4) as SVG: before, after, and the movement between
 * them. Quadrants, counts and movement come from shared/domain/quadrant — nothing is decided here
 * but where to draw. Every marker carries its stakeholder id and quadrant as data attributes, so
 * tests (and the screen) read what the picture says.
 */
import { movedStakeholders, positionQuadrant, QUADRANT_NAMES, quadrantCounts, type QuadrantCounts } from '../domain/quadrant';
import { positionPath } from '../domain/postTraining/positionPath';
import { QUADRANTS } from '../model/enums';
import type { Project, Stakeholder, StakeholderPosition } from '../model/types';
import { emptyChart, svgRoot, type Chart, type ChartOptions } from './chart';
import { CHART_LABELS, type ChartLabels } from './labels';
import { numberedNames, swatchRow, type Swatch } from './legend';
import { marker, markerShape } from './markers';
import { CELL_W, GRID, GRID_BOTTOM, placeInCell, quadrantBoxes, thresholdLines } from './stakeholderGrid';
import { fitLine, textWidth } from './textMetrics';
import { ACCENT, CHART_WIDTH, FAINT, FONT, INK, MUTED, QUADRANT_FILL, RULE, type AttitudeKey } from './theme';
import { el, num, text } from './xml';

/** 'path': before, the dated positions between (shared/domain/postTraining/positionPath) and after, joined in order. */
export type MapView = 'before' | 'after' | 'movement' | 'path';

/** Names listed under the map; more are summarised in one line (the report's table lists them all). */
const LEGEND_MAX = 40;
/** Arrows along the same rows bow apart up to this many steps, so none leaves the grid. */
const MAX_LANE = 2;
/** Past this many moves, only the moves to another quadrant get an arrow. */
const CROWDED_ARROWS = 40;

type MapProject = Pick<Project, 'stakeholders' | 'stakeholderSettings'>;

interface Occupant {
  s: Stakeholder;
  number: number;
  pos: StakeholderPosition;
  ghost: boolean;
  /** Place on the stakeholder's path (path view); earlier steps are ghosts. */
  step?: number;
}

export interface MapOptions extends ChartOptions {
  /**
   * The tallest the picture may be (chart units). The report passes the height a page holds at
   * full width; when the numbered names would make it taller, they give way to one line sending
   * the reader to the stakeholder table, whose numbers are the markers' (the picture then prints
   * at full size instead of shrinking every label).
   */
  maxHeight?: number;
}

export function stakeholderMapSvg(project: MapProject, view: MapView, opts: MapOptions = {}): Chart {
  const L = CHART_LABELS[opts.lang ?? 'id'];
  const title = `${L.power} × ${L.interest}: ${L.views[view]}`;
  if (project.stakeholders.length === 0) return emptyChart('stakeholder-map', title, opts);
  const { threshold, naming } = project.stakeholderSettings;
  const numbers = new Map(project.stakeholders.map((s, i) => [s.id, i + 1] as const));
  const moved = new Set(movedStakeholders(project.stakeholders, threshold));

  const occupants = occupantsOf(project.stakeholders, view, numbers);
  const placedIds = new Set(occupants.map((o) => o.s.id));
  const unplaced = project.stakeholders.filter((s) => !placedIds.has(s.id)).length;
  const counts = quadrantCounts(project.stakeholders, view === 'before' ? 'before' : 'after', threshold);

  const parts: string[] = [];
  parts.push(el('defs', {}, arrowHead('arrow', ACCENT), arrowHead('arrow-light', MUTED)));
  parts.push(el('text', { x: GRID.left, y: 26, 'font-size': FONT.title.size, 'font-weight': 'bold', fill: INK }, text(L.views[view])));
  parts.push(el('text', { x: GRID.right, y: 26, 'text-anchor': 'end', 'font-size': FONT.small.size, fill: MUTED }, text(L.threshold(threshold))));
  parts.push(grid(threshold, naming, counts, L));

  // Ghosts first, then arrows, then the current positions on top.
  const markers = { ghosts: [] as string[], arrows: [] as string[], solids: [] as string[], overflow: [] as string[], hidden: [] as string[] };
  const where = new Map<string, { x: number; y: number }>();
  const ghostAt = new Map<string, { x: number; y: number }>();
  const steps = new Map<string, { step: number; x: number; y: number }[]>();
  for (const [key, cell] of groupByCell(occupants)) {
    const [power, interest] = key.split(':').map(Number) as [number, number];
    const { placed, overflow } = placeInCell(power, interest, cell);
    for (const p of placed) {
      const o = p.item;
      const attitude: AttitudeKey = o.pos.attitude ?? 'UNKNOWN';
      const data = markerData(o, threshold, moved);
      const group = el('g', data, el('title', {}, text(`${o.number}. ${o.s.name}`)), marker(p.x, p.y, GRID.marker, attitude, String(o.number), o.ghost));
      (o.ghost ? markers.ghosts : markers.solids).push(group);
      (o.ghost ? ghostAt : where).set(o.s.id, { x: p.x, y: p.y });
      if (o.step !== undefined) steps.set(o.s.id, [...(steps.get(o.s.id) ?? []), { step: o.step, x: p.x, y: p.y }]);
    }
    for (const o of cell.slice(placed.length)) markers.hidden.push(el('g', { ...markerData(o, threshold, moved), 'data-overflowed': 'true' }));
    if (overflow) markers.overflow.push(overflowMark(overflow, power, interest, L));
  }
  if (view === 'path') {
    for (const [id, points] of steps)
      markers.arrows.push(
        pathLine(
          id,
          [...points].sort((a, b) => a.step - b.step),
        ),
      );
  } else {
    // Arrows between the same rows whose spans overlap bow further out one after another, so two
    // moves along a row never draw one line (SIPANTAU's 3 and 7 both move from interest 2 to 4).
    const lanes = new Map<string, [number, number][]>();
    for (const [id, from] of ghostAt) {
      const to = where.get(id);
      if (!to) continue;
      const lane = `${Math.round(from.y)}:${Math.round(to.y)}`;
      const span: [number, number] = [Math.min(from.x, to.x), Math.max(from.x, to.x)];
      const taken = lanes.get(lane) ?? [];
      const below = Math.min(MAX_LANE, taken.filter(([a, b]) => a < span[1] && span[0] < b).length);
      lanes.set(lane, [...taken, span]);
      // A crowded map keeps the arrows that change quadrant; the numbered ghosts still show the rest.
      if (ghostAt.size > CROWDED_ARROWS && !moved.has(id)) continue;
      markers.arrows.push(arrow(from, to, moved.has(id), below));
    }
  }
  // Arrows stay inside the grid, never over the title or the axis labels.
  parts.push(el('clipPath', { id: 'grid-clip' }, el('rect', { x: GRID.left, y: GRID.top, width: GRID.right - GRID.left, height: GRID_BOTTOM - GRID.top })));
  parts.push(...markers.ghosts, el('g', { 'clip-path': 'url(#grid-clip)' }, ...markers.arrows), ...markers.solids, ...markers.overflow, ...markers.hidden);

  // Legend: attitudes (shape + colour + word), the movement key, then the numbered names.
  let y = GRID_BOTTOM + 50;
  const present = new Set<AttitudeKey>(occupants.map((o) => o.pos.attitude ?? 'UNKNOWN'));
  const swatches: Swatch[] = (['MENDUKUNG', 'NETRAL', 'MENOLAK', 'UNKNOWN'] as const)
    .filter((a) => a !== 'UNKNOWN' || present.has('UNKNOWN'))
    .map((a) => ({ draw: (cx, cy) => markerShape(cx, cy, 7, a, false), label: L.attitudes[a] }));
  if (view === 'path') {
    swatches.push(
      { draw: (cx, cy) => markerShape(cx, cy, 7, 'UNKNOWN', true), label: L.pathEarlier },
      {
        draw: (cx, cy) =>
          el('line', { x1: cx - 8, y1: cy, x2: cx + 6, y2: cy, stroke: ACCENT, 'stroke-width': 2, 'stroke-dasharray': '5 3', 'marker-end': 'url(#arrow)' }),
        label: L.pathLine,
      },
    );
  }
  if (view === 'movement') {
    swatches.push(
      { draw: (cx, cy) => markerShape(cx, cy, 7, 'UNKNOWN', true), label: L.ghost },
      {
        draw: (cx, cy) => el('line', { x1: cx - 8, y1: cy, x2: cx + 6, y2: cy, stroke: ACCENT, 'stroke-width': 2, 'marker-end': 'url(#arrow)' }),
        label: L.arrow,
      },
    );
  }
  const row = swatchRow(swatches, 20, y);
  parts.push(el('g', { 'data-legend': 'attitude' }, row.svg));
  y += row.height + 6;
  if (unplaced > 0) {
    parts.push(
      el(
        'text',
        { x: 20, y: y + FONT.small.size, 'font-size': FONT.small.size, 'font-style': 'italic', fill: MUTED, 'data-unplaced': unplaced },
        text(L.notPlaced(unplaced)),
      ),
    );
    y += 20;
  }
  const entries = project.stakeholders.slice(0, LEGEND_MAX).map((s, i) => ({ number: i + 1, name: s.name.trim() || L.missing }));
  const names = numberedNames(entries, 20, y);
  const more = project.stakeholders.length > LEGEND_MAX ? 20 : 0;
  const namesInTable = opts.maxHeight !== undefined && y + names.height + more + 12 > opts.maxHeight;
  if (namesInTable) {
    parts.push(
      el(
        'text',
        { x: 20, y: y + FONT.small.size, 'font-size': FONT.small.size, fill: INK, 'data-legend': 'names-in-table' },
        text(L.namesInTable(project.stakeholders.length)),
      ),
    );
    y += 20;
  } else {
    parts.push(el('g', { 'data-legend': 'names' }, names.svg));
    y += names.height;
  }
  if (!namesInTable && more > 0) {
    parts.push(
      el(
        'text',
        { x: 20, y: y + FONT.small.size, 'font-size': FONT.small.size, fill: MUTED },
        text(L.moreStakeholders(project.stakeholders.length - LEGEND_MAX)),
      ),
    );
    y += 20;
  }
  const height = Math.ceil(y + 12);
  const svg = svgRoot('stakeholder-map', CHART_WIDTH, height, title, { view, threshold, naming }, parts);
  return { svg, width: CHART_WIDTH, height, empty: false };
}

function occupantsOf(stakeholders: Stakeholder[], view: MapView, numbers: Map<string, number>): Occupant[] {
  const out: Occupant[] = [];
  const placedOn = (p: StakeholderPosition) => p.power !== null && p.interest !== null;
  for (const s of stakeholders) {
    const number = numbers.get(s.id) ?? 0;
    if (view === 'path') {
      // Only a stakeholder with dated positions draws a path; the others stand where they are now,
      // so the lines on the map are the ones the meetings made.
      const full = positionPath(s);
      const path = s.positions.length ? full : full.slice(-1);
      path.forEach((pt, i) =>
        out.push({
          s,
          number,
          pos: { power: pt.power, interest: pt.interest, attitude: pt.attitude },
          ghost: i < path.length - 1,
          ...(s.positions.length ? { step: i } : {}),
        }),
      );
      continue;
    }
    if (view === 'before' || view === 'after') {
      if (placedOn(s[view])) out.push({ s, number, pos: s[view], ghost: false });
      continue;
    }
    const hasBefore = placedOn(s.before);
    const hasAfter = placedOn(s.after);
    const samePlace = hasBefore && hasAfter && s.before.power === s.after.power && s.before.interest === s.after.interest;
    if (hasBefore && hasAfter && !samePlace) out.push({ s, number, pos: { ...s.before, attitude: s.before.attitude ?? s.after.attitude }, ghost: true });
    if (hasAfter) out.push({ s, number, pos: s.after, ghost: false });
    else if (hasBefore) out.push({ s, number, pos: s.before, ghost: false });
  }
  return out;
}

/** Arrow heads in user units, so a thicker line does not grow a bigger head. */
function arrowHead(id: string, fill: string): string {
  return el(
    'marker',
    { id, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
    el('path', { d: 'M0 0L10 5L0 10Z', fill }),
  );
}

function groupByCell(occupants: Occupant[]): Map<string, Occupant[]> {
  const cells = new Map<string, Occupant[]>();
  for (const o of occupants) {
    const key = `${o.pos.power}:${o.pos.interest}`;
    cells.set(key, [...(cells.get(key) ?? []), o]);
  }
  return cells;
}

function markerData(o: Occupant, threshold: number, moved: Set<string>): Record<string, string | number | boolean> {
  const q = positionQuadrant(o.pos, threshold);
  const data: Record<string, string | number | boolean> = {
    'data-stakeholder': o.s.id,
    'data-number': o.number,
    'data-quadrant': q ?? '',
    'data-power': o.pos.power ?? '',
    'data-interest': o.pos.interest ?? '',
    'data-attitude': o.pos.attitude ?? 'UNKNOWN',
  };
  if (o.ghost) data['data-ghost'] = 'true';
  if (moved.has(o.s.id)) {
    data['data-moved'] = 'true';
    data['data-from'] = positionQuadrant(o.s.before, threshold) ?? '';
  }
  return data;
}

function grid(threshold: number, naming: keyof typeof QUADRANT_NAMES, counts: QuadrantCounts, L: ChartLabels): string {
  const parts: string[] = [];
  const boxes = quadrantBoxes(threshold);
  for (const q of QUADRANTS) {
    const b = boxes[q];
    parts.push(el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, fill: QUADRANT_FILL[q] }));
  }
  for (let i = 1; i < 5; i++) {
    const x = GRID.left + i * CELL_W;
    const y = GRID.top + i * GRID.cellH;
    parts.push(el('line', { x1: x, y1: GRID.top, x2: x, y2: GRID_BOTTOM, stroke: FAINT, 'stroke-width': 1 }));
    parts.push(el('line', { x1: GRID.left, y1: y, x2: GRID.right, y2: y, stroke: FAINT, 'stroke-width': 1 }));
  }
  const t = thresholdLines(threshold);
  parts.push(
    el('line', { x1: t.x, y1: GRID.top, x2: t.x, y2: GRID_BOTTOM, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '7 4', 'data-threshold': 'interest' }),
  );
  parts.push(
    el('line', { x1: GRID.left, y1: t.y, x2: GRID.right, y2: t.y, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '7 4', 'data-threshold': 'power' }),
  );
  parts.push(
    el('rect', { x: GRID.left, y: GRID.top, width: GRID.right - GRID.left, height: GRID_BOTTOM - GRID.top, fill: 'none', stroke: RULE, 'stroke-width': 1.5 }),
  );

  // Quadrant names in the free band of the outer row: top quadrants at the top, bottom ones at the bottom.
  for (const q of QUADRANTS) {
    const b = boxes[q];
    const top = q === 'KEY_PLAYER' || q === 'CONTEXT_SETTER';
    const right = q === 'KEY_PLAYER' || q === 'SUBJECT';
    const label = fitLine(`${QUADRANT_NAMES[naming][q]} (${counts[q]})`, b.w - 10, FONT.smallBold);
    parts.push(
      el(
        'text',
        {
          x: right ? b.x + b.w - 5 : b.x + 5,
          y: top ? GRID.top + 14 : GRID_BOTTOM - 6,
          'text-anchor': right ? 'end' : 'start',
          'font-size': FONT.smallBold.size,
          'font-weight': 'bold',
          fill: INK,
          'data-quadrant-label': q,
          'data-count': counts[q],
        },
        text(label),
      ),
    );
  }

  // Scale 1–5 on both axes and the axis names.
  for (let v = 1; v <= 5; v++) {
    parts.push(
      el(
        'text',
        { x: GRID.left + (v - 0.5) * CELL_W, y: GRID_BOTTOM + 16, 'text-anchor': 'middle', 'font-size': FONT.small.size, fill: MUTED },
        text(String(v)),
      ),
    );
    parts.push(
      el(
        'text',
        { x: GRID.left - 8, y: GRID.top + (5.5 - v) * GRID.cellH + 4, 'text-anchor': 'end', 'font-size': FONT.small.size, fill: MUTED },
        text(String(v)),
      ),
    );
  }
  parts.push(
    el(
      'text',
      { x: (GRID.left + GRID.right) / 2, y: GRID_BOTTOM + 34, 'text-anchor': 'middle', 'font-size': FONT.labelBold.size, 'font-weight': 'bold', fill: INK },
      text(`${L.interest} →`),
    ),
  );
  const midY = (GRID.top + GRID_BOTTOM) / 2;
  parts.push(
    el(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(${num(GRID.left - 40)} ${num(midY)}) rotate(-90)`,
        'text-anchor': 'middle',
        'font-size': FONT.labelBold.size,
        'font-weight': 'bold',
        fill: INK,
      },
      text(`${L.power} →`),
    ),
  );
  return el('g', { 'data-grid': 'true' }, ...parts);
}

function overflowMark(at: { x: number; y: number; count: number }, power: number, interest: number, L: ChartLabels): string {
  const label = L.more(at.count);
  const w = Math.max(22, textWidth(label, FONT.smallBold) + 8);
  return el(
    'g',
    { 'data-overflow': at.count, 'data-cell': `${power}:${interest}` },
    el('rect', { x: at.x - w / 2, y: at.y - 9, width: w, height: 18, rx: 9, fill: INK }),
    el('text', { x: at.x, y: at.y + 4.6, 'text-anchor': 'middle', 'font-size': FONT.smallBold.size, 'font-weight': 'bold', fill: '#ffffff' }, text(label)),
  );
}

/**
 * A bowed arrow from the edge of the "before" ghost to the edge of the current marker. The bow
 * keeps it off the markers of the row it crosses, and grows by `lane` for each arrow already drawn
 * along the same rows; a move to another quadrant is drawn strong, a move inside one light.
 */
function arrow(from: { x: number; y: number }, to: { x: number; y: number }, movedQuadrant: boolean, lane = 0): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 2 * GRID.marker + 4) return '';
  const bow = Math.min(26, len * 0.22) + lane * 18;
  const c = { x: (from.x + to.x) / 2 + (dy / len) * bow, y: (from.y + to.y) / 2 - (dx / len) * bow };
  const pad = GRID.marker + 2;
  const towards = (a: { x: number; y: number }, b: { x: number; y: number }, d: number) => {
    const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: a.x + ((b.x - a.x) / l) * d, y: a.y + ((b.y - a.y) / l) * d };
  };
  const start = towards(from, c, pad);
  const end = towards(to, c, pad + 1);
  return el('path', {
    d: `M${num(start.x)} ${num(start.y)}Q${num(c.x)} ${num(c.y)} ${num(end.x)} ${num(end.y)}`,
    fill: 'none',
    stroke: movedQuadrant ? ACCENT : MUTED,
    'stroke-width': movedQuadrant ? 2 : 1.2,
    'marker-end': movedQuadrant ? 'url(#arrow)' : 'url(#arrow-light)',
    'data-arrow': movedQuadrant ? 'quadrant' : 'position',
  });
}

/** The dated path: straight dashed steps through every earlier position, the arrow on the last step. */
function pathLine(id: string, points: { x: number; y: number }[]): string {
  if (points.length < 2) return '';
  const pad = GRID.marker + 2;
  const segments: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < 2 * pad + 2) continue;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const last = i === points.length - 1;
    segments.push(
      el('line', {
        x1: num(a.x + ux * pad),
        y1: num(a.y + uy * pad),
        x2: num(b.x - ux * (pad + 1)),
        y2: num(b.y - uy * (pad + 1)),
        stroke: ACCENT,
        'stroke-width': 1.8,
        'stroke-dasharray': '5 3',
        ...(last ? { 'marker-end': 'url(#arrow)' } : {}),
      }),
    );
  }
  return el('g', { 'data-path': id, 'data-steps': points.length }, ...segments);
}
