/**
 * The stakeholder map against the SIPANTAU oracle (docs/domain.md §9.6), read back from the SVG itself:
 * each marker's quadrant, the quadrant labels' counts, who moved, and the threshold boundaries.
 */
import { describe, expect, it } from 'vitest';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { sipantau } from '../domain/sipantau';
import { countBy, parseSvg, stakeholderMarkers, withData } from './svgDom';

const BEFORE = { KEY_PLAYER: 3, CONTEXT_SETTER: 4, SUBJECT: 3, CROWD: 2 };
const AFTER = { KEY_PLAYER: 7, CONTEXT_SETTER: 1, SUBJECT: 3, CROWD: 1 };
const MOVED = ['SH-03', 'SH-05', 'SH-06', 'SH-07', 'SH-10'];

function labelCounts(els: ReturnType<typeof parseSvg>) {
  return Object.fromEntries(withData(els, 'quadrant-label').map((e) => [e.attr('data-quadrant-label'), Number(e.attr('data-count'))]));
}

describe('stakeholder map (SIPANTAU)', () => {
  const p = sipantau();

  it('before: every stakeholder is drawn once, in the oracle quadrant counts', () => {
    const els = parseSvg(stakeholderMapSvg(p, 'before').svg);
    const markers = stakeholderMarkers(els);
    expect(markers).toHaveLength(12);
    expect(countBy(markers, 'data-quadrant')).toEqual(BEFORE);
    expect(labelCounts(els)).toEqual(BEFORE);
  });

  it('after: the oracle counts, and the labels say the same', () => {
    const els = parseSvg(stakeholderMapSvg(p, 'after').svg);
    expect(countBy(stakeholderMarkers(els), 'data-quadrant')).toEqual(AFTER);
    expect(labelCounts(els)).toEqual(AFTER);
  });

  it('movement: exactly SH-03, SH-05, SH-06, SH-07, SH-10 changed quadrant, each with a strong arrow', () => {
    const els = parseSvg(stakeholderMapSvg(p, 'movement').svg);
    const current = stakeholderMarkers(els);
    expect(
      current
        .filter((e) => e.attr('data-moved') === 'true')
        .map((e) => e.attr('data-stakeholder'))
        .sort(),
    ).toEqual(MOVED);
    expect(countBy(current, 'data-quadrant')).toEqual(AFTER);
    // A ghost (before) for everyone whose position changed, and one arrow per ghost.
    const ghosts = withData(els, 'ghost');
    expect(ghosts.length).toBeGreaterThanOrEqual(MOVED.length);
    expect(withData(els, 'arrow', 'quadrant')).toHaveLength(MOVED.length);
    expect(withData(els, 'arrow').length).toBe(ghosts.length);
    const sh03 = current.find((e) => e.attr('data-stakeholder') === 'SH-03')!;
    expect([sh03.attr('data-from'), sh03.attr('data-quadrant')]).toEqual(['CONTEXT_SETTER', 'KEY_PLAYER']);
  });

  it('boundaries: a score equal to the threshold counts as high (SH-10 power 3, SH-11 interest 3)', () => {
    const before = stakeholderMarkers(parseSvg(stakeholderMapSvg(p, 'before').svg));
    const sh = (id: string) => before.find((e) => e.attr('data-stakeholder') === id)!;
    expect([sh('SH-10').attr('data-power'), sh('SH-10').attr('data-quadrant')]).toEqual(['3', 'CONTEXT_SETTER']);
    expect([sh('SH-11').attr('data-interest'), sh('SH-11').attr('data-quadrant')]).toEqual(['3', 'KEY_PLAYER']);
    // Raising the threshold to 4 turns both low on that axis: the picture follows the setting.
    const strict = stakeholderMarkers(parseSvg(stakeholderMapSvg({ ...p, stakeholderSettings: { ...p.stakeholderSettings, threshold: 4 } }, 'before').svg));
    const at4 = (id: string) => strict.find((e) => e.attr('data-stakeholder') === id)!.attr('data-quadrant');
    expect([at4('SH-10'), at4('SH-11')]).toEqual(['CROWD', 'CONTEXT_SETTER']);
  });

  it('draws the threshold lines and names the quadrants as the user chose', () => {
    const keyPlayers = parseSvg(stakeholderMapSvg(p, 'before').svg);
    const lines = withData(keyPlayers, 'threshold').filter((e) => e.tag === 'line');
    expect(lines.map((e) => e.attr('data-threshold')).sort()).toEqual(['interest', 'power']);
    // The interest line runs between columns 2 and 3: at threshold 4 it moves one column right.
    const xAt = (threshold: number) =>
      Number(
        withData(parseSvg(stakeholderMapSvg({ ...p, stakeholderSettings: { threshold, naming: 'KEY_PLAYERS' } }, 'before').svg), 'threshold', 'interest')
          .find((e) => e.tag === 'line')!
          .attr('x1'),
      );
    expect(xAt(4) - xAt(3)).toBeCloseTo(xAt(3) - xAt(2), 5);
    expect(xAt(4)).toBeGreaterThan(xAt(3));
    expect(withData(keyPlayers, 'quadrant-label').map((e) => e.text)).toEqual(['Key Players (3)', 'Context Setters (4)', 'Subjects (3)', 'Crowd (2)']);
    const promoters = parseSvg(stakeholderMapSvg({ ...p, stakeholderSettings: { threshold: 3, naming: 'PROMOTERS' } }, 'before').svg);
    expect(withData(promoters, 'quadrant-label').map((e) => e.text)).toEqual(['Promoters (3)', 'Latents (4)', 'Defenders (3)', 'Apathetics (2)']);
  });

  it('shows attitude by shape as well as colour, and explains it in words', () => {
    const svg = stakeholderMapSvg(p, 'before').svg;
    const els = parseSvg(svg);
    // One shape per attitude: circle, square (rect), diamond (path) in the markers.
    const markerMarkup = (attitude: string) =>
      svg
        .split('<g data-stakeholder=')
        .slice(1)
        .filter((m) => m.includes(`data-attitude="${attitude}"`));
    expect(markerMarkup('MENDUKUNG').every((m) => m.includes('<circle'))).toBe(true);
    expect(markerMarkup('NETRAL').every((m) => m.includes('<rect'))).toBe(true);
    expect(markerMarkup('MENOLAK').every((m) => m.includes('<path'))).toBe(true);
    expect([markerMarkup('MENDUKUNG').length, markerMarkup('NETRAL').length, markerMarkup('MENOLAK').length].every((n) => n > 0)).toBe(true);
    const legend = withData(els, 'legend', 'attitude')[0]!.text;
    expect(legend).toContain('Mendukung');
    expect(legend).toContain('Netral');
    expect(legend).toContain('Menolak');
  });

  it('lists every stakeholder by number under the map', () => {
    const names = withData(parseSvg(stakeholderMapSvg(p, 'before').svg), 'legend', 'names')[0]!.text;
    for (const [i, s] of p.stakeholders.entries()) {
      expect(names).toContain(`${i + 1}.`);
      expect(names).toContain(s.name.split(' ').slice(0, 2).join(' '));
    }
  });
});
