/**
 * The effective team as an organisation chart (docs/domain.md §5.6): sponsor → mentor (with the coach
 * beside, linked by a dashed guidance line) → project leader → members. People linked to the
 * identity section (sponsor, mentor, coach, participant) are drawn from there, so the chart shows
 * the same names as the cover and the approval page.
 */
import { memberName, memberPerson } from '../domain/team';
import type { TeamRole } from '../model/enums';
import type { Project, TeamMember } from '../model/types';
import { emptyChart, svgRoot, textLines, type Chart, type ChartOptions } from './chart';
import { CHART_LABELS, type ChartLabels } from './labels';
import { swatchRow } from './legend';
import { wrapText } from './textMetrics';
import { ACCENT, CHART_WIDTH, FONT, INK, MUTED, RULE } from './theme';
import { el, text } from './xml';

type TeamProject = Pick<Project, 'team' | 'people'>;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const TOP_W = 188;
const TOP_H = 80;
const MEMBER_W = 144;
const MEMBER_H = 100;
const GAP = 12;
const LEVEL_GAP = 34;
const PER_ROW = 4;
const MAX_MEMBERS = 16;
const CENTRE = CHART_WIDTH / 2;

export function teamChartSvg(project: TeamProject, opts: ChartOptions = {}): Chart {
  const L = CHART_LABELS[opts.lang ?? 'id'];
  const title = `${L.roles.PROJECT_LEADER} — tim efektif`;
  if (project.team.length === 0) return emptyChart('team', title, opts);
  const of = (r: TeamRole) => project.team.filter((m) => m.role === r);
  const sponsors = of('SPONSOR');
  const mentors = of('MENTOR');
  const coaches = of('COACH');
  const leaders = of('PROJECT_LEADER');
  const members = of('MEMBER');

  const parts: string[] = [];
  const links: string[] = [];
  let y = 12;
  let parent: Box[] = [];
  const connect = (children: Box[]) => {
    if (parent.length && children.length) links.push(bus(parent, children));
  };

  if (sponsors.length) {
    const h = levelHeight(project, sponsors, TOP_W, TOP_H, L);
    const boxes = rowOf(sponsors.length, TOP_W, y, h);
    sponsors.forEach((m, i) => parts.push(card(project, m, boxes[i]!, L)));
    parent = boxes;
    y += h + LEVEL_GAP;
  }

  if (mentors.length || coaches.length) {
    // One mentor and one coach: the mentor on the spine, the coach beside it (guidance, not command).
    let h = levelHeight(project, [...mentors, ...coaches], TOP_W, TOP_H, L);
    if (mentors.length <= 1 && coaches.length <= 1) {
      const mentorBox: Box | null = mentors.length ? { x: CENTRE - TOP_W / 2, y, w: TOP_W, h } : null;
      const coachBox: Box | null = coaches.length ? { x: mentorBox ? CHART_WIDTH - 12 - TOP_W : CENTRE - TOP_W / 2, y, w: TOP_W, h } : null;
      if (mentorBox) parts.push(card(project, mentors[0]!, mentorBox, L));
      if (coachBox) parts.push(card(project, coaches[0]!, coachBox, L));
      const spine = mentorBox ?? coachBox!;
      connect([spine]);
      if (mentorBox && coachBox) {
        links.push(
          el('line', {
            x1: mentorBox.x + mentorBox.w,
            y1: y + h / 2,
            x2: coachBox.x,
            y2: y + h / 2,
            stroke: INK,
            'stroke-width': 1.5,
            'stroke-dasharray': '5 4',
            'data-link': 'guidance',
          }),
        );
      }
      parent = [spine];
    } else {
      const all = [...mentors, ...coaches];
      const w = Math.min(TOP_W, (CHART_WIDTH - 24 - GAP * (all.length - 1)) / all.length);
      h = levelHeight(project, all, w, TOP_H, L);
      const boxes = rowOf(all.length, w, y, h);
      all.forEach((m, i) => parts.push(card(project, m, boxes[i]!, L)));
      connect(boxes);
      parent = boxes;
    }
    y += h + LEVEL_GAP;
  }

  if (leaders.length) {
    const h = levelHeight(project, leaders, TOP_W, TOP_H, L);
    const boxes = rowOf(leaders.length, TOP_W, y, h);
    leaders.forEach((m, i) => parts.push(card(project, m, boxes[i]!, L)));
    connect(boxes);
    parent = boxes;
    y += h + LEVEL_GAP;
  }

  if (members.length) {
    const shown = members.length > MAX_MEMBERS ? members.slice(0, MAX_MEMBERS - 1) : members;
    const extra = members.length - shown.length;
    const count = shown.length + (extra ? 1 : 0);
    let trunkFrom = parent.length ? bottomCentre(parent).y : null;
    for (let r = 0; r * PER_ROW < count; r++) {
      const n = Math.min(PER_ROW, count - r * PER_ROW);
      const h = levelHeight(project, shown.slice(r * PER_ROW, r * PER_ROW + n), MEMBER_W, MEMBER_H, L);
      const boxes = rowOf(n, MEMBER_W, y, h);
      boxes.forEach((b, i) => {
        const k = r * PER_ROW + i;
        const m = shown[k];
        parts.push(m ? card(project, m, b, L) : moreCard(b, L.moreMembers(extra), extra));
      });
      // The trunk runs down the centre, between the second and third card of a full row.
      if (trunkFrom !== null) links.push(bus([{ x: CENTRE, y: 0, w: 0, h: 0 }], boxes, trunkFrom));
      trunkFrom = y - LEVEL_GAP / 2;
      y += h + LEVEL_GAP;
    }
  }

  const height0 = y - LEVEL_GAP + 16;
  const legend = swatchRow(
    [
      { draw: (cx, cy) => el('line', { x1: cx - 8, y1: cy, x2: cx + 8, y2: cy, stroke: INK, 'stroke-width': 1.5 }), label: L.commandLine },
      {
        draw: (cx, cy) => el('line', { x1: cx - 8, y1: cy, x2: cx + 8, y2: cy, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }),
        label: L.guidanceLine,
      },
    ],
    12,
    height0,
  );
  const height = Math.ceil(height0 + legend.height + 6);
  return {
    svg: svgRoot('team', CHART_WIDTH, height, title, { members: project.team.length }, [...links, ...parts, legend.svg]),
    width: CHART_WIDTH,
    height,
    empty: false,
  };
}

/** Boxes of one level, centred across the chart. */
function rowOf(n: number, w: number, y: number, h: number): Box[] {
  const total = n * w + (n - 1) * GAP;
  const x0 = CENTRE - total / 2;
  return Array.from({ length: n }, (_, i) => ({ x: x0 + i * (w + GAP), y, w, h }));
}

function bottomCentre(boxes: Box[]): { x: number; y: number } {
  const first = boxes[0]!;
  const last = boxes[boxes.length - 1]!;
  return { x: (first.x + last.x + last.w) / 2, y: first.y + first.h };
}

/** Parent → children: down from the parent, across above the children, down into each. */
function bus(parents: Box[], children: Box[], fromY?: number): string {
  const p = bottomCentre(parents);
  const top = children[0]!.y;
  const midY = top - LEVEL_GAP / 2;
  const xs = children.map((c) => c.x + c.w / 2);
  const left = Math.min(p.x, ...xs);
  const right = Math.max(p.x, ...xs);
  const stroke = { stroke: INK, 'stroke-width': 1.5, fill: 'none' };
  let d = `M${p.x} ${fromY ?? p.y}V${midY}`;
  if (right > left) d += `M${left} ${midY}H${right}`;
  for (const x of xs) d += `M${x} ${midY}V${top}`;
  return el('path', { d, ...stroke, 'data-link': 'command' });
}

/** Lines of text a card may take per block before its name is cut (only absurd lengths reach it). */
const CARD_LINES_MAX = 8;
const CARD_LINE_H = 15;
/** Room above the first text line (the role band) and below the last. */
const CARD_TOP = 35;
const CARD_BOTTOM = 8;

interface CardText {
  lines: string[];
  font: { size: number; bold?: boolean };
  attrs: Record<string, string | number>;
}

/** The name, the role in the team (members) and the position, each wrapped whole at the card's width. */
function cardTexts(project: TeamProject, m: TeamMember, w: number, L: ChartLabels): CardText[] {
  const person = memberPerson(project as Project, m);
  const name = memberName(project as Project, m) || L.missing;
  const inner = w - 12;
  const blocks: CardText[] = [];
  const block = (value: string, font: { size: number; bold?: boolean }, attrs: Record<string, string | number>) => {
    if (value) blocks.push({ lines: wrapText(value, inner, font, CARD_LINES_MAX), font, attrs });
  };
  block(name, FONT.smallBold, { 'font-weight': 'bold', fill: name === L.missing ? MUTED : INK });
  if (m.role === 'MEMBER') block(m.memberRole.trim(), FONT.tiny, { 'font-style': 'italic', fill: INK });
  block(person.jabatan.trim(), FONT.tiny, { fill: MUTED });
  return blocks;
}

/** How tall a card must be to hold its texts whole. */
function cardHeight(project: TeamProject, m: TeamMember, w: number, L: ChartLabels): number {
  const blocks = cardTexts(project, m, w, L);
  const lines = blocks.reduce((n, b) => n + b.lines.length, 0);
  return CARD_TOP - CARD_LINE_H + lines * CARD_LINE_H + (blocks.length - 1) * 2 + CARD_BOTTOM;
}

/** The height of a level: its usual card height, or taller when a card's texts need it. */
function levelHeight(project: TeamProject, ms: TeamMember[], w: number, base: number, L: ChartLabels): number {
  return Math.max(base, ...ms.map((m) => cardHeight(project, m, w, L)));
}

/** A person's card: the role on a band, then the name, the role in the team (members) and the position. */
function card(project: TeamProject, m: TeamMember, b: Box, L: ChartLabels): string {
  const name = memberName(project as Project, m) || L.missing;
  const member = m.role === 'MEMBER';
  const parts = [
    el('title', {}, text(`${L.roles[m.role]}: ${name}`)),
    el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 4, fill: '#ffffff', stroke: member ? RULE : ACCENT, 'stroke-width': 1.5 }),
    el('rect', { x: b.x, y: b.y, width: b.w, height: 19, rx: 4, fill: member ? '#e4e7eb' : ACCENT }),
    el(
      'text',
      { x: b.x + b.w / 2, y: b.y + 14, 'text-anchor': 'middle', 'font-size': FONT.tiny.size, 'font-weight': 'bold', fill: member ? INK : '#ffffff' },
      text(L.roles[m.role].toUpperCase()),
    ),
  ];
  let y = b.y + CARD_TOP;
  for (const t of cardTexts(project, m, b.w, L)) {
    parts.push(textLines(t.lines, b.x + b.w / 2, y, CARD_LINE_H, { 'text-anchor': 'middle', 'font-size': t.font.size, ...t.attrs }));
    y += t.lines.length * CARD_LINE_H + 2;
  }
  return el('g', { 'data-team-member': m.id, 'data-role': m.role }, ...parts);
}

function moreCard(b: Box, label: string, count: number): string {
  return el(
    'g',
    { 'data-overflow': count },
    el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 4, fill: '#f3f4f6', stroke: RULE, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
    el(
      'text',
      { x: b.x + b.w / 2, y: b.y + b.h / 2 + 4, 'text-anchor': 'middle', 'font-size': FONT.smallBold.size, 'font-weight': 'bold', fill: INK },
      text(label),
    ),
  );
}
