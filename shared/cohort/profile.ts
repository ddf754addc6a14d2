/**
 * The innovation profile of a project, in the fields regional innovation indexes and LAN's
 * directory of change leaders' innovations ask for: name, stage, initiator, kind, start date,
 * design, aims, benefits, results. Long texts become plain text (the Markdown marks of the editor
 * mean nothing in a spreadsheet cell).
 */
import { HORIZONS } from '../model/enums';
import type { Project } from '../model/types';
import { realisationSummary } from '../domain/realisation';
import { usgRanking } from '../domain/usg';
import { INNOVATION } from '../report/terms';
import { plainText } from '../text/richText';

export type InnovationStage = 'Inisiatif' | 'Uji coba' | 'Penerapan';

export interface InnovationProfile {
  projectId: string;
  name: string;
  stage: InnovationStage;
  initiator: string;
  position: string;
  agency: string;
  kinds: string;
  /** The first recorded actual start, else the first planned start ("YYYY-MM-DD"). */
  startDate: string | null;
  problem: string;
  design: string;
  aims: string;
  benefits: string;
  results: string;
}

/** Regional indexes grade innovations as initiative, trial or applied; the phase says which. */
export function innovationStage(phase: Project['phase']): InnovationStage {
  if (phase === 'FINAL' || phase === 'POST_TRAINING') return 'Penerapan';
  if (phase === 'IMPLEMENTATION' || phase === 'SEMINAR_LAPORAN') return 'Uji coba';
  return 'Inisiatif';
}

export function innovationProfile(p: Project): InnovationProfile {
  const ranking = usgRanking(p.issueAnalysis);
  const core = p.issueAnalysis.issues.find((i) => i.id === ranking.coreIssueId);
  const starts = p.milestones
    .map((m) => m.actualStart)
    .filter((d): d is string => d !== null)
    .sort();
  const planned = p.milestones
    .map((m) => m.start)
    .filter((d): d is string => d !== null)
    .sort();
  const results = HORIZONS.map((h) => ({ h, s: realisationSummary(p.milestones, h) }))
    .filter(({ s }) => s.planned > 0 && (s.done > 0 || s.recorded > 0))
    .map(
      ({ h, s }) =>
        `${horizonWord(h)}: ${s.done} dari ${s.planned} milestone selesai${s.averagePct !== null ? `, capaian rata-rata ${String(s.averagePct).replace('.', ',')}%` : ''}`,
    );
  const felt = plainText(p.narrative.manfaatDirasakan).trim();
  const benefits = Object.values(p.benefits)
    .map((b) => plainText(b).trim())
    .filter(Boolean);
  return {
    projectId: p.id,
    name: p.breakthrough.name.trim() || p.title.trim(),
    stage: innovationStage(p.phase),
    initiator: p.people.participant.name.trim(),
    position: p.people.participant.jabatan.trim(),
    agency: p.people.participant.instansi.trim(),
    kinds: p.breakthrough.kinds.map((k) => INNOVATION[k]).join(', '),
    startDate: starts[0] ?? planned[0] ?? null,
    problem: core?.statement.trim() ?? '',
    design: plainText(p.breakthrough.description).trim(),
    aims: HORIZONS.map((h) => plainText(p.goals[h].statement).trim())
      .filter(Boolean)
      .join('\n'),
    benefits: benefits.join('\n'),
    results: [...results, felt].filter(Boolean).join('\n'),
  };
}

function horizonWord(h: (typeof HORIZONS)[number]): string {
  return h === 'PENDEK' ? 'Jangka pendek' : h === 'MENENGAH' ? 'Jangka menengah' : 'Jangka panjang';
}
