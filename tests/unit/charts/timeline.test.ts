/** The schedule picture: weeks across the SIPANTAU off-campus window, months beyond, and the markers. */
import { describe, expect, it } from 'vitest';
import { shortTermSpan, weeksOf, weeksTouched } from '../../../shared/charts/timeScale';
import { timelineSvg } from '../../../shared/charts/timeline';
import { isOutsideWindow } from '../../../shared/domain/schedule';
import { sipantau, sipantauBeforeRealisation } from '../domain/sipantau';
import { parseSvg, withData } from './svgDom';

describe('timeline (SIPANTAU)', () => {
  // The plan as the rancangan drew it; the shipped sample's realisation is checked on its own below.
  const p = sipantauBeforeRealisation();

  it('short term by week: the panel spans the window and both seminars (14 Mar – 24 May 2022 → 11 weeks)', () => {
    const span = shortTermSpan(p.milestones, p.calendar)!;
    expect(span).toEqual({ start: '2022-03-14', end: '2022-05-24' });
    const weeks = weeksOf(span);
    expect(weeks).toHaveLength(11);
    expect(weeks[0]).toEqual({ number: 1, start: '2022-03-14', end: '2022-03-20' });
    const els = parseSvg(timelineSvg(p).svg);
    const panel = withData(els, 'week').map((e) => e.text);
    expect(panel).toEqual(Array.from({ length: 11 }, (_, i) => `M${i + 1}`));
    // MP-05 (4–28 Apr) runs through weeks 4 to 7.
    expect(weeksTouched({ start: '2022-04-04', end: '2022-04-28' }, weeks)).toEqual([4, 5, 6, 7]);
  });

  it('draws every milestone once, in its panel, with the board codes', () => {
    const els = parseSvg(timelineSvg(p).svg);
    const rows = withData(els, 'milestone').filter((e) => e.tag === 'g');
    expect(rows.map((e) => e.attr('data-milestone'))).toEqual(p.milestones.map((m) => m.id));
    expect(rows.filter((e) => e.attr('data-horizon') === 'PENDEK')).toHaveLength(7);
    const texts = els.filter((e) => e.tag === 'text').map((e) => e.text);
    expect(texts.some((t) => t.startsWith('MP-01 Konsultasi'))).toBe(true);
    expect(texts.some((t) => t.startsWith('MJ-02 Integrasi'))).toBe(true);
    expect(withData(els, 'panel').map((e) => e.attr('data-panel'))).toEqual(['weeks', 'months']);
    expect(withData(els, 'month').length).toBeGreaterThan(5);
  });

  it('marks the seminars, the off-campus window and the Idulfitri holiday', () => {
    const els = parseSvg(timelineSvg(p).svg);
    expect(withData(els, 'marker', 'seminar').map((e) => e.text)).toEqual(['Seminar rancangan 14 Mar', 'Seminar laporan 24 Mei']);
    expect(withData(els, 'band', 'off-campus')).toHaveLength(1);
    expect(withData(els, 'band', 'holiday')).toHaveLength(1);
  });

  it('marks a short-term milestone outside the window with a "!" as well as a red outline', () => {
    expect(withData(parseSvg(timelineSvg(p).svg), 'outside')).toHaveLength(0);
    const late = structuredClone(p);
    late.milestones[6]!.end = '2022-05-20';
    late.milestones[6]!.start = '2022-05-20';
    expect(isOutsideWindow(late.milestones[6]!, late.calendar)).toBe(true);
    const els = parseSvg(timelineSvg(late).svg);
    const flagged = withData(els, 'outside');
    expect(flagged.map((e) => e.attr('data-milestone'))).toEqual([late.milestones[6]!.id]);
    expect(flagged[0]!.text).toContain('!');
    expect(withData(els, 'legend', 'timeline')[0]!.text).toContain('di luar masa off campus');
  });

  it('draws realised dates under the plan when they exist (laporan)', () => {
    const done = structuredClone(p);
    done.milestones[0]!.actualStart = '2022-03-15';
    done.milestones[0]!.actualEnd = '2022-03-22';
    const els = parseSvg(timelineSvg(done).svg);
    expect(withData(els, 'actual')).toHaveLength(1);
    expect(withData(els, 'legend', 'timeline')[0]!.text).toContain('Realisasi');
    // The finished sample: every short-term milestone has its realised bar.
    expect(withData(parseSvg(timelineSvg(sipantau()).svg), 'actual')).toHaveLength(7);
  });
});
