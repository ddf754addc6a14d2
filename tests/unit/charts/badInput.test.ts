/**
 * Charts under hostile and extreme input: markup and control characters in names, very long
 * names, 200 stakeholders on one cell, hundreds of milestones and members, and an empty project.
 * Every output must parse as XML and still say something useful.
 */
import { describe, expect, it } from 'vitest';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { teamChartSvg } from '../../../shared/charts/teamChart';
import { timelineSvg } from '../../../shared/charts/timeline';
import { cellCapacity } from '../../../shared/charts/stakeholderGrid';
import { createProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { sipantau } from '../domain/sipantau';
import { parseSvg, stakeholderMarkers, withData } from './svgDom';

const HOSTILE = [
  '<script>alert(1)</script>',
  'Tom & Jerry "quoted" \'single\' </text></svg>',
  `Kontrol\u0000\u0001\u0007\u000B\u000C\u001F\uFFFE\uD800 sisa`,
  'x'.repeat(2_000),
  'Nama panjang sekali '.repeat(100),
];

function allCharts(p: Project): string[] {
  return [stakeholderMapSvg(p, 'before').svg, stakeholderMapSvg(p, 'after').svg, stakeholderMapSvg(p, 'movement').svg, timelineSvg(p).svg, teamChartSvg(p).svg];
}

describe('charts with hostile text', () => {
  const p = sipantau();
  p.stakeholders = p.stakeholders.map((s, i) => ({ ...s, name: HOSTILE[i % HOSTILE.length]! }));
  p.milestones = p.milestones.map((m, i) => ({ ...m, title: HOSTILE[i % HOSTILE.length]! }));
  p.team = p.team.map((t, i) => ({
    ...t,
    personRole: null,
    memberRole: HOSTILE[(i + 1) % HOSTILE.length]!,
    person: { ...t.person, name: HOSTILE[i % HOSTILE.length]!, jabatan: HOSTILE[(i + 2) % HOSTILE.length]! },
  }));

  it('escapes markup: the SVG parses, has no script element, and shows the text literally', () => {
    for (const svg of allCharts(p)) {
      const els = parseSvg(svg);
      expect(els.some((e) => e.tag === 'script')).toBe(false);
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
      expect(svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    const map = parseSvg(stakeholderMapSvg(p, 'before').svg);
    expect(withData(map, 'legend', 'names')[0]!.text).toContain('<script>alert(1)</script>');
    expect(withData(map, 'legend', 'names')[0]!.text).toContain('Tom & Jerry "quoted"');
    expect(withData(map, 'legend', 'names')[0]!.text).toContain('Kontrol sisa');
  });

  it('cuts 2,000-character names to at most two lines that end in "…"', () => {
    const els = parseSvg(stakeholderMapSvg(p, 'before').svg);
    const texts = els.filter((e) => e.tag === 'text').map((e) => e.text);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(80);
    expect(texts.some((t) => /^x+…$/.test(t))).toBe(true);
    // Team cards and timeline labels are cut the same way.
    for (const svg of [teamChartSvg(p).svg, timelineSvg(p).svg]) {
      const lens = parseSvg(svg)
        .filter((e) => e.tag === 'text')
        .map((e) => e.text.length);
      expect(Math.max(...lens)).toBeLessThan(80);
    }
  });
});

describe('charts with many items', () => {
  it('200 stakeholders on one cell: drawn up to the cell capacity, the rest counted in "+N"', () => {
    const p = sipantau();
    const base = p.stakeholders[0]!;
    p.stakeholders = Array.from({ length: 200 }, (_, i) => ({
      ...base,
      id: `sh-${i}`,
      name: `Pemangku ${i}`,
      before: { power: 4, interest: 4, attitude: 'NETRAL' as const },
    }));
    const els = parseSvg(stakeholderMapSvg(p, 'before').svg);
    const capacity = cellCapacity(4, 4);
    const overflow = withData(els, 'overflow').filter((e) => e.tag === 'g');
    expect(overflow).toHaveLength(1);
    expect(Number(overflow[0]!.attr('data-overflow'))).toBe(200 - (capacity - 1));
    expect(overflow[0]!.text).toBe(`+${200 - (capacity - 1)}`);
    const markers = stakeholderMarkers(els);
    expect(markers.filter((e) => e.attr('data-overflowed') === null)).toHaveLength(capacity - 1);
    expect(markers).toHaveLength(200);
    expect(markers.every((e) => e.attr('data-quadrant') === 'KEY_PLAYER')).toBe(true);
    expect(withData(els, 'quadrant-label', 'KEY_PLAYER')[0]!.attr('data-count')).toBe('200');
    expect(els.filter((e) => e.tag === 'text').some((e) => e.text.includes('dan 160 stakeholder lainnya'))).toBe(true);
  });

  it('hundreds of milestones and members: rows and cards are capped with a count', () => {
    const p = sipantau();
    const m0 = p.milestones[0]!;
    p.milestones = Array.from({ length: 300 }, (_, i) => ({ ...m0, id: `ms-${i}` }));
    const t0 = p.team.find((t) => t.role === 'MEMBER')!;
    p.team = [...p.team, ...Array.from({ length: 195 }, (_, i) => ({ ...t0, id: `tm-${i}` }))];
    const timeline = timelineSvg(p);
    expect(timeline.height).toBeLessThan(2_500);
    expect(parseSvg(timeline.svg).some((e) => e.tag === 'text' && e.text === '… dan 260 milestone lainnya')).toBe(true);
    const team = parseSvg(teamChartSvg(p).svg);
    const members = p.team.filter((t) => t.role === 'MEMBER').length;
    expect(withData(team, 'overflow')[0]!.text).toBe(`+${members - 15} anggota lainnya`);
  });
});

describe('charts of an empty project', () => {
  it('are valid SVG saying "Belum ada data"', () => {
    const p = createProject();
    for (const svg of allCharts(p)) {
      const els = parseSvg(svg);
      expect(els[0]!.attr('data-empty')).toBe('true');
      expect(els.some((e) => e.tag === 'text' && e.text === 'Belum ada data')).toBe(true);
    }
  });

  it('draw unplaced stakeholders and undated milestones as notes, not as crashes', () => {
    const p = createProject();
    p.stakeholders = [{ ...sipantau().stakeholders[0]!, before: { power: null, interest: null, attitude: null } }];
    p.milestones = [{ ...sipantau().milestones[0]!, start: null, end: null }];
    const map = parseSvg(stakeholderMapSvg(p, 'before').svg);
    expect(withData(map, 'unplaced')[0]!.text).toBe('1 stakeholder belum dipetakan');
    expect(stakeholderMarkers(map)).toHaveLength(0);
    const timeline = parseSvg(timelineSvg(p).svg);
    expect(timeline.some((e) => e.tag === 'text' && e.text === '[tanggal belum diisi]')).toBe(true);
  });
});
