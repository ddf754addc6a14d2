/** The movement map of a crowded project: both positions drawn, only moves between quadrants get an arrow, all inside the grid. */
import { describe, expect, it } from 'vitest';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { parseSvg, withData } from './svgDom';

describe('movement map', () => {
  it('SIPANTAU: every move has an arrow, ghost and current marker both drawn', () => {
    const els = parseSvg(stakeholderMapSvg(sipantau(), 'movement').svg);
    const ghosts = withData(els, 'ghost', 'true').filter((e) => e.tag === 'g');
    expect(ghosts.length).toBeGreaterThan(0);
    expect(withData(els, 'arrow').length).toBe(ghosts.length);
  });

  it('20×: arrows only for moves to another quadrant, clipped to the grid', () => {
    const chart = stakeholderMapSvg(generateProject({ seed: 1, scale: 20, implemented: true }), 'movement');
    const els = parseSvg(chart.svg);
    const arrows = withData(els, 'arrow');
    expect(arrows.length).toBeGreaterThan(0);
    expect(arrows.every((a) => a.attr('data-arrow') === 'quadrant')).toBe(true);
    expect(chart.svg).toMatch(/<g clip-path="url\(#grid-clip\)">/);
  });
});
