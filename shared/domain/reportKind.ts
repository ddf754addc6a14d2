/**
 * Which document a project is working towards, from its phase (docs/domain.md §1.5): the
 * rancangan until implementation starts, the laporan from then on. The workspace (sidebar marks,
 * readiness, export default) and the headless report command both ask here.
 */
import type { Phase } from '../model/enums';
import type { ReportKind } from './readiness';

const LAPORAN_PHASES: ReadonlySet<Phase> = new Set(['IMPLEMENTATION', 'SEMINAR_LAPORAN', 'FINAL', 'POST_TRAINING']);

export function reportKindForPhase(phase: Phase): ReportKind {
  return LAPORAN_PHASES.has(phase) ? 'laporan' : 'rancangan';
}
