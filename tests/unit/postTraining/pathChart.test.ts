/** The map's path view: a dashed path through before, the dated positions and after, only for stakeholders with dated positions. */
import { describe, expect, it } from 'vitest';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { sipantau } from '../domain/sipantau';

describe('stakeholder map, path view', () => {
  it('draws the dated path of SH-01 with earlier positions as ghosts, and no path for the others', () => {
    const p = sipantau();
    const s = p.stakeholders.find((x) => x.id === 'SH-01')!;
    s.positions = [
      { id: 'pos-2', date: '2022-04-20', power: 4, interest: 3, attitude: 'NETRAL', note: 'Rapat kedua' },
      { id: 'pos-1', date: '2022-03-25', power: 2, interest: 2, attitude: 'MENOLAK', note: 'Tapping pertama' },
    ];
    const svg = stakeholderMapSvg(p, 'path').svg;
    expect(svg).toMatch(/data-path="SH-01" data-steps="4"/);
    expect(svg.match(/data-path=/g)).toHaveLength(1);
    const ghosts = [...svg.matchAll(/<g data-stakeholder="SH-01"[^>]*data-ghost="true"/g)];
    expect(ghosts).toHaveLength(3);
    // The ghost of the earliest dated position sits at 2/2, the current (after) position is solid.
    expect(svg).toMatch(/<g data-stakeholder="SH-01"[^>]*data-power="2" data-interest="2" data-attitude="MENOLAK" data-ghost="true"/);
    const solid = [...svg.matchAll(/<g data-stakeholder="SH-01"[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('data-ghost'));
    expect(solid).toHaveLength(1);
    expect(solid[0]).toContain(`data-power="${s.after.power}" data-interest="${s.after.interest}"`);
    expect(svg).toContain('jalur posisi bertanggal');
  });
});
