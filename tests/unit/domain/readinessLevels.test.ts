import { describe, expect, it } from 'vitest';
import { readinessFindings } from '../../../shared/domain/readiness';
import { findingLevel, levelCounts, sectionProgress } from '../../../shared/domain/readinessLevels';
import { createProject } from '../../../shared/model/envelope';
import { sipantau, sipantauBeforeRealisation } from './sipantau';

describe('readiness levels', () => {
  it('a brand-new project starts calm: everything is "not filled yet", nothing must be fixed', () => {
    const p = createProject({ title: '' });
    const f = readinessFindings(p, 'rancangan');
    expect(f.length).toBeGreaterThan(5);
    expect(levelCounts(p, f)).toEqual({ must: 0, improve: 0, empty: f.length });
  });

  it('once a section is being written, its errors must be fixed and its warnings are worth improving', () => {
    const p = createProject({ title: 'Judul' });
    p.milestones = [{ ...sipantau().milestones[0]!, output: '', indicator: '' }];
    const f = readinessFindings(p, 'rancangan');
    const ms = f.filter((x) => x.section === 'milestone');
    expect(ms.map((x) => [x.code, findingLevel(p, x)])).toEqual(
      expect.arrayContaining([['MILESTONE_NO_OUTPUT', ms.find((x) => x.code === 'MILESTONE_NO_OUTPUT')!.severity === 'error' ? 'must' : 'improve']]),
    );
    expect(ms.every((x) => findingLevel(p, x) !== 'empty')).toBe(true);
    // The sections still untouched stay calm.
    expect(f.filter((x) => x.section === 'risiko').every((x) => findingLevel(p, x) === 'empty')).toBe(true);
  });

  it('SIPANTAU as a laporan before its realisation: the missing realisation is "not filled yet", not a red error', () => {
    const p = sipantauBeforeRealisation();
    const f = readinessFindings(p, 'laporan');
    expect(f.filter((x) => x.code === 'MILESTONE_NO_REALISATION').map((x) => findingLevel(p, x))).toEqual(Array(7).fill('empty'));
  });
});

describe('section progress', () => {
  it('is 0 for an empty section and 100 for a complete one', () => {
    const empty = createProject({ title: '' });
    expect(sectionProgress(empty, 'milestone', readinessFindings(empty))).toBe(0);
    const p = sipantau();
    expect(sectionProgress(p, 'milestone', readinessFindings(p, 'rancangan'))).toBe(100);
  });

  it('for a list section, the share of items without findings (never 100 while something is flagged)', () => {
    const p = sipantau();
    p.milestones = p.milestones.map((m, i) => (i < 3 ? { ...m, output: '' } : m));
    const f = readinessFindings(p, 'rancangan');
    expect(sectionProgress(p, 'milestone', f)).toBe(Math.round((9 / 12) * 100));
  });

  it('a section written but with a finding about the whole is at most half way', () => {
    const p = createProject({ title: 'Judul' });
    p.goals.PENDEK.statement = 'Tujuan jangka pendek';
    expect(sectionProgress(p, 'tujuan', readinessFindings(p))).toBe(50);
  });
});
