/**
 * The fishbone diagram: every cause and sub-cause drawn whole (wrapped, never "…"), no text under
 * 13 units (8 pt at the report's 14 cm), no two texts overlapping, no text crossing a bone; parts
 * for the report when it is taller than a page.
 */
import { describe, expect, it } from 'vitest';
import { fishboneBones, fishboneParts, fishboneSvg, type FishboneBone } from '../../../shared/charts/fishbone';
import { textWidth } from '../../../shared/charts/textMetrics';
import { CHART_WIDTH } from '../../../shared/charts/theme';
import { CAUSE_SETS } from '../../../shared/model/enums';
import type { Project, RootCause } from '../../../shared/model/types';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { parseSvg, type SvgElement } from './svgDom';

/** 8 pt at the report's 14 cm text width for a 640-unit chart. */
const MIN_UNITS = (8 / ((14 / 2.54) * 72)) * CHART_WIDTH;

interface Box {
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function textBoxes(els: SvgElement[]): Box[] {
  return els
    .filter((e) => e.tag === 'text' && e.attr('data-text'))
    .map((e) => {
      const size = Number(e.attr('font-size'));
      const x = Number(e.attr('x'));
      const y = Number(e.attr('y'));
      const w = textWidth(e.text, { size, bold: e.attr('font-weight') === 'bold' });
      return { text: e.text, x1: x, y1: y - size * 0.8, x2: x + w, y2: y + size * 0.2 };
    });
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

/** Where a line segment crosses a box's inside (sampled; bones are straight lines). */
function crosses(line: { x1: number; y1: number; x2: number; y2: number }, b: Box): boolean {
  for (let t = 0; t <= 1; t += 0.01) {
    const x = line.x1 + (line.x2 - line.x1) * t;
    const y = line.y1 + (line.y2 - line.y1) * t;
    if (x > b.x1 + 0.5 && x < b.x2 - 0.5 && y > b.y1 + 0.5 && y < b.y2 - 0.5) return true;
  }
  return false;
}

function check(p: Pick<Project, 'rootCauses'>, head: string | null, part?: FishboneBone[]) {
  const chart = fishboneSvg(p, head, part ? { bones: part } : {});
  const els = parseSvg(chart.svg);
  const boxes = textBoxes(els);
  for (const e of els.filter((x) => x.tag === 'text' && x.attr('data-text'))) expect(Number(e.attr('font-size'))).toBeGreaterThanOrEqual(MIN_UNITS);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`).toBe(false);
  const bones = els.filter((e) => e.tag === 'line' && e.attr('data-bone'));
  for (const bone of bones) {
    const line = { x1: Number(bone.attr('x1')), y1: Number(bone.attr('y1')), x2: Number(bone.attr('x2')), y2: Number(bone.attr('y2')) };
    for (const b of boxes) expect(crosses(line, b), `bone ${bone.attr('data-bone')} crosses "${b.text}"`).toBe(false);
  }
  for (const b of boxes) {
    expect(b.x1).toBeGreaterThanOrEqual(0);
    expect(b.x2).toBeLessThanOrEqual(chart.width);
    expect(b.y2).toBeLessThanOrEqual(chart.height);
    expect(b.text).not.toContain('…');
  }
  // Every cause's words are all there, in order, across its wrapped lines.
  const drawn = boxes
    .map((b) => b.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  return { chart, drawn, bones };
}

describe('fishbone diagram', () => {
  it('draws SIPANTAU: a bone per 6M category, every cause, the core issue as head', () => {
    const p = sipantau();
    const head = 'Belum optimalnya layanan informasi status perizinan';
    const { drawn, bones } = check(p, head);
    expect(bones.map((b) => b.attr('data-bone'))).toEqual(
      [...CAUSE_SETS['6M']].filter((_, i) => i % 2 === 0).concat([...CAUSE_SETS['6M']].filter((_, i) => i % 2 === 1)),
    );
    for (const c of p.rootCauses.causes) expect(drawn).toContain(c.text.trim().replace(/\s+/g, ' '));
    expect(drawn).toContain(head);
  });

  it('keeps sub-causes (and theirs) under their cause, and hostile long causes wrapped, not cut', () => {
    const p = structuredClone(sipantau());
    const first = p.rootCauses.causes[0]!;
    const sub: RootCause = { id: 'sub-1', category: first.category, text: 'Sub penyebab pertama yang cukup panjang untuk dibungkus', parentId: first.id };
    const subSub: RootCause = { id: 'sub-2', category: first.category, text: 'Sub dari sub', parentId: 'sub-1' };
    const long: RootCause = { id: 'long', category: 'MONEY', text: `${'x'.repeat(120)} ${'anggaran '.repeat(40)}`, parentId: null };
    const loop: RootCause = { id: 'loop', category: 'METHOD', text: 'Menunjuk dirinya sendiri', parentId: 'loop' };
    p.rootCauses.causes.push(sub, subSub, long, loop);
    expect(fishboneBones(p.rootCauses).find((b) => b.category === first.category)!.causes[0]!.subs).toEqual([sub.text, subSub.text]);
    const { drawn } = check(p, 'Isu');
    expect(drawn).toContain('Sub penyebab pertama yang cukup panjang untuk dibungkus');
    expect(drawn.replace(/ /g, '')).toContain(long.text.replace(/ /g, ''));
    expect(drawn).toContain('Menunjuk dirinya sendiri');
  });

  it('adds a bone for a category outside the chosen set that holds causes; no causes is the empty picture', () => {
    const p = structuredClone(sipantau());
    p.rootCauses.categorySet = '4P';
    const { bones } = check(p, null);
    expect(bones.map((b) => b.attr('data-bone'))).toEqual(
      expect.arrayContaining([...CAUSE_SETS['4P'], ...new Set(p.rootCauses.causes.map((c) => c.category))]),
    );
    expect(fishboneSvg({ rootCauses: { categorySet: '6M', causes: [] } }, 'Isu').empty).toBe(true);
  });

  it('splits a large project into parts that each fit the page height, every cause in exactly one part, all legible', () => {
    const maxHeight = 890;
    for (const scale of [5, 20]) {
      const p = generateProject({ seed: 7, scale });
      const parts = fishboneParts(p, 'Isu utama', maxHeight);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(check(p, 'Isu utama', part).chart.height).toBeLessThanOrEqual(maxHeight);
      const drawnCauses = parts.flatMap((part) => part.flatMap((b) => b.causes.map((c) => `${b.category}|${c.text}`)));
      const all = fishboneBones(p.rootCauses).flatMap((b) => b.causes.map((c) => `${b.category}|${c.text}`));
      expect(drawnCauses).toEqual(all);
    }
  });
});
