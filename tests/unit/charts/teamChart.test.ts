/** The team chart: people come from the identity section through personRole, in §5.6's order. */
import { describe, expect, it } from 'vitest';
import { teamChartSvg } from '../../../shared/charts/teamChart';
import { sipantau } from '../domain/sipantau';
import { parseSvg, withData } from './svgDom';

describe('team chart (SIPANTAU)', () => {
  const p = sipantau();

  it('shows sponsor, mentor, coach, project leader and the five members, top to bottom', () => {
    const els = parseSvg(teamChartSvg(p).svg);
    const cards = withData(els, 'team-member').filter((e) => e.tag === 'g');
    expect(cards.map((e) => e.attr('data-role'))).toEqual(['SPONSOR', 'MENTOR', 'COACH', 'PROJECT_LEADER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER']);
    const text = (role: string) => cards.find((e) => e.attr('data-role') === role)!.text;
    expect(text('SPONSOR')).toContain('Ir. H. Ahmad Fauzi, M.T.');
    expect(text('MENTOR')).toContain('Drs. H. Syahrial Effendi, M.M.');
    expect(text('COACH')).toContain('Dr. Ir. Nurhayati, M.Pd.');
    expect(text('PROJECT_LEADER')).toContain('Rahmawati Siregar, S.T., M.Si.');
    expect(withData(els, 'link', 'guidance')).toHaveLength(1);
  });

  it('follows a correction in the identity section (the chart reads the person, not a copy)', () => {
    const q = structuredClone(p);
    q.people.mentor.name = 'Dra. Pengganti, M.Si.';
    const cards = withData(parseSvg(teamChartSvg(q).svg), 'team-member');
    expect(cards.find((e) => e.attr('data-role') === 'MENTOR')!.text).toContain('Dra. Pengganti, M.Si.');
  });

  it('a missing name shows as "[belum diisi]"', () => {
    const q = structuredClone(p);
    q.people.coach.name = '';
    const cards = withData(parseSvg(teamChartSvg(q).svg), 'team-member');
    expect(cards.find((e) => e.attr('data-role') === 'COACH')!.text).toContain('[belum diisi]');
  });
});
