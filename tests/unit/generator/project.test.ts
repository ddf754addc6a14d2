/**
 * The seeded project generator used across the report, figure and speed checks: same seed, same
 * project; every size is a valid file; the counts really grow with the scale.
 */
import { describe, expect, it } from 'vitest';
import { usgRanking } from '../../../shared/domain/usg';
import { decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import { withPictures } from '../../generator/pictures';
import { generateProject, SWEEP_SIZES } from '../../generator/project';

const meta = { appVersion: 'test', installId: 'gen', savedAt: '2022-03-01T08:00:00.000Z' };

describe('generateProject', () => {
  it('gives the same project for the same seed and a different one for another seed', () => {
    const a = JSON.stringify(generateProject({ seed: 7, scale: 1 }));
    expect(JSON.stringify(generateProject({ seed: 7, scale: 1 }))).toBe(a);
    expect(JSON.stringify(generateProject({ seed: 8, scale: 1 }))).not.toBe(a);
  });

  it.each(SWEEP_SIZES)('scale %s round-trips through the file format within the limits', (scale) => {
    const p = withPictures(generateProject({ seed: 3, scale, implemented: true }), 4, 3);
    const decoded = decodeProjectText(encodeProject(p, meta));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.value.project).toEqual(p);
    expect(p.milestones.length).toBeLessThanOrEqual(LIMITS.milestones);
    expect(p.attachments).toHaveLength(5);
  });

  it("grows with the scale: 20× has twenty times SIPANTAU's milestones and stakeholders", () => {
    const one = generateProject({ seed: 1, scale: 1 });
    const twenty = generateProject({ seed: 1, scale: 20 });
    expect(one.milestones).toHaveLength(12);
    expect(twenty.milestones).toHaveLength(240);
    expect(twenty.stakeholders).toHaveLength(240);
    expect(twenty.narrative.latarBelakang.length).toBeGreaterThan(one.narrative.latarBelakang.length * 5);
  });

  it('always holds a USG tie decided with the mentor, so the tie wording is exercised', () => {
    const p = generateProject({ seed: 5, scale: 0.3 });
    const ranking = usgRanking(p.issueAnalysis);
    expect(ranking.unresolvedTies).toEqual([]);
    expect(ranking.decidedTies).toHaveLength(1);
    expect(ranking.coreIssueId).toBe(p.issueAnalysis.issues[1]!.id);
  });
});
