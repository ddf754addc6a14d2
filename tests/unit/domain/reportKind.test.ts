import { describe, expect, it } from 'vitest';
import { reportKindForPhase } from '../../../shared/domain/reportKind';
import { PHASES } from '../../../shared/model/enums';

describe('reportKindForPhase', () => {
  it('is the rancangan until implementation starts, the laporan from then on', () => {
    expect(PHASES.map((p) => `${p}:${reportKindForPhase(p)}`)).toEqual([
      'AREA_AGREEMENT:rancangan',
      'ON_CAMPUS_LEARNING:rancangan',
      'DRAFTING:rancangan',
      'SEMINAR_RANCANGAN:rancangan',
      'IMPLEMENTATION:laporan',
      'SEMINAR_LAPORAN:laporan',
      'FINAL:laporan',
      'POST_TRAINING:laporan',
    ]);
  });
});
