/** Which formal document a project is at: the laporan once implementation has begun, the rancangan before. */
import type { ReportKind } from './readiness';
import type { Phase } from '../model/enums';

const LAPORAN_PHASES: ReadonlySet<Phase> = new Set(['IMPLEMENTATION', 'SEMINAR_LAPORAN', 'FINAL', 'POST_TRAINING']);

export function reportKindOfPhase(phase: Phase): ReportKind {
  return LAPORAN_PHASES.has(phase) ? 'laporan' : 'rancangan';
}
