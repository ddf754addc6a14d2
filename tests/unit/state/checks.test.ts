import { describe, expect, it } from 'vitest';
import { readinessFindings } from '../../../shared/domain/readiness';
import { levelCounts } from '../../../shared/domain/readinessLevels';
import { SECTION_IDS } from '../../../shared/domain/sections';
import { sectionStatus } from '../../../shared/domain/sectionStatus';
import { createProject } from '../../../shared/model/envelope';
import { findingLevels, perSnapshot, sectionMarks } from '../../../renderer/src/state/checks';

describe('checks per project snapshot', () => {
  it('compute once per snapshot and key, and again for a new snapshot', () => {
    const calls: string[] = [];
    const figure = perSnapshot((p: { title: string }, key: 'a' | 'b') => {
      calls.push(key);
      return `${p.title}-${key}`;
    });
    const one = createProject({ programmeCode: 'PKN_II', title: 'Satu' });
    expect(figure(one, 'a')).toBe('Satu-a');
    expect(figure(one, 'a')).toBe('Satu-a');
    expect(figure(one, 'b')).toBe('Satu-b');
    expect(calls).toEqual(['a', 'b']);
    const two = { ...one, title: 'Dua' };
    expect(figure(two, 'a')).toBe('Dua-a');
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('give the same figures as computing them directly, the same array for the same snapshot', () => {
    const p = createProject({ programmeCode: 'PKA', title: 'Percepatan layanan' });
    const marks = sectionMarks(p, 'rancangan');
    const findings = readinessFindings(p, 'rancangan');
    expect(marks).toEqual(SECTION_IDS.map((s) => sectionStatus(p, s, findings)));
    expect(sectionMarks(p, 'rancangan')).toBe(marks);
    expect(findingLevels(p, 'laporan')).toEqual(levelCounts(p, readinessFindings(p, 'laporan')));
  });
});
