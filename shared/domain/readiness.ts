/**
 * What an examiner would flag (docs/domain.md §7.4, A.3), computed from the project alone. Each finding
 * names the section and item to fix; the renderer turns codes into sentences and links.
 */
import { nipProblems } from '../format/nip';
import { HORIZONS, PERSON_ROLES, type Horizon, type PersonRole } from '../model/enums';
import type { Project } from '../model/types';
import { apklResults } from './apkl';
import { positionQuadrant } from './quadrant';
import { actualDatesReversed } from './realisation';
import { milestoneDateProblems } from './schedule';
import type { SectionId } from './sections';
import { usgRanking } from './usg';

/** Every finding the check can produce; dictionaries must have a sentence for each (a unit test checks). */
export const READINESS_CODES = [
  'NO_TITLE',
  'PERSON_NAME_MISSING',
  'PERSON_NIP_SUSPECT',
  'SIGNER_NIP_MISSING',
  'CALENDAR_MISSING',
  'NO_ISSUES',
  'APKL_INCOMPLETE',
  'USG_INCOMPLETE',
  'USG_TIE_UNRESOLVED',
  'NO_CORE_ISSUE',
  'CORE_OVERRIDE_NO_REASON',
  'NO_IMPACT',
  'NO_BACKGROUND',
  'NO_BREAKTHROUGH',
  'GOAL_MISSING',
  'INDICATOR_NO_BASELINE',
  'NO_MILESTONES',
  'MILESTONE_NO_OUTPUT',
  'MILESTONE_NO_INDICATOR',
  'MILESTONE_NO_EVIDENCE',
  'MILESTONE_NO_PIC',
  'MILESTONE_NO_DATES',
  'MILESTONE_END_BEFORE_START',
  'MILESTONE_OUTSIDE_WINDOW',
  'TEAM_ROLE_MISSING',
  'NO_STAKEHOLDERS',
  'STAKEHOLDER_NOT_PLACED',
  'HIGH_POWER_NO_STRATEGY',
  'BUDGET_NO_SOURCE',
  'NO_RISKS',
  'RISK_NO_MITIGATION',
  'BENEFIT_MISSING',
  'NO_SUSTAINABILITY',
  'MILESTONE_NO_REALISATION',
  'MILESTONE_ACTUAL_END_BEFORE_START',
  'STAKEHOLDER_NO_AFTER',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export interface ReadinessFinding {
  code: ReadinessCode;
  severity: 'error' | 'warning';
  section: SectionId;
  /** The item to focus (issue, milestone, stakeholder …) when the finding is about one. */
  itemId?: string;
  /** The field to focus inside the section or item. */
  field?: string;
  params?: Record<string, string | number>;
}

export type ReportKind = 'rancangan' | 'laporan';

/** Signatures needed per document: the approval page of a rancangan, the ratification page of a laporan. */
const SIGNERS: Record<ReportKind, PersonRole[]> = {
  rancangan: ['participant', 'mentor', 'coach'],
  laporan: ['participant', 'mentor', 'coach', 'examiner'],
};

export function readinessFindings(p: Project, kind: ReportKind = 'rancangan'): ReadinessFinding[] {
  const out: ReadinessFinding[] = [];
  const add = (f: ReadinessFinding) => out.push(f);

  if (!p.title.trim()) add({ code: 'NO_TITLE', severity: 'error', section: 'identitas', field: 'title' });
  for (const role of SIGNERS[kind]) {
    const person = p.people[role];
    if (!person.name.trim()) add({ code: 'PERSON_NAME_MISSING', severity: 'error', section: 'identitas', field: `${role}.name`, params: { role } });
    // Signature blocks print "NIP …" under the name; a missing NIP leaves a visible gap (a warning:
    // an examiner from outside the civil service may have none).
    else if (!person.nip.trim()) add({ code: 'SIGNER_NIP_MISSING', severity: 'warning', section: 'identitas', field: `${role}.nip`, params: { role } });
  }
  for (const role of PERSON_ROLES) {
    if (nipProblems(p.people[role].nip).length)
      add({ code: 'PERSON_NIP_SUSPECT', severity: 'warning', section: 'identitas', field: `${role}.nip`, params: { role } });
  }
  for (const field of ['seminarRancangan', 'offCampusStart', 'offCampusEnd'] as const) {
    if (!p.calendar[field]) add({ code: 'CALENDAR_MISSING', severity: 'warning', section: 'identitas', field: `calendar.${field}`, params: { field } });
  }
  if (kind === 'laporan' && !p.calendar.seminarLaporan) {
    add({ code: 'CALENDAR_MISSING', severity: 'error', section: 'identitas', field: 'calendar.seminarLaporan', params: { field: 'seminarLaporan' } });
  }
  if (!p.narrative.latarBelakang.trim()) add({ code: 'NO_BACKGROUND', severity: 'warning', section: 'latar-belakang', field: 'narrative.latarBelakang' });

  issueFindings(p, add);

  if (!p.breakthrough.name.trim() && !p.breakthrough.description.trim())
    add({ code: 'NO_BREAKTHROUGH', severity: 'error', section: 'gagasan', field: 'breakthrough.name' });
  for (const h of HORIZONS) {
    const goal = p.goals[h];
    if (!goal.statement.trim()) add({ code: 'GOAL_MISSING', severity: 'error', section: 'tujuan', field: `goals.${h}.statement`, params: { horizon: h } });
    for (const ind of goal.indicators) {
      if (!ind.baseline.trim() || !ind.target.trim())
        add({
          code: 'INDICATOR_NO_BASELINE',
          severity: 'warning',
          section: 'tujuan',
          itemId: ind.id,
          field: ind.baseline.trim() ? 'target' : 'baseline',
          params: { horizon: h, name: ind.name },
        });
    }
  }

  milestoneFindings(p, kind, add);
  teamFindings(p, add);
  stakeholderFindings(p, kind, add);

  for (const line of p.budgetLines) {
    if (line.source === null)
      add({ code: 'BUDGET_NO_SOURCE', severity: 'error', section: 'anggaran', itemId: line.id, field: 'source', params: { item: line.item } });
  }
  if (p.risks.length === 0) add({ code: 'NO_RISKS', severity: 'warning', section: 'risiko' });
  for (const r of p.risks) {
    if (!r.mitigation.trim())
      add({ code: 'RISK_NO_MITIGATION', severity: 'warning', section: 'risiko', itemId: r.id, field: 'mitigation', params: { risk: r.description } });
  }
  for (const b of ['ORGANISASI', 'STAKEHOLDER', 'MASYARAKAT', 'PESERTA'] as const) {
    if (!p.benefits[b].trim()) add({ code: 'BENEFIT_MISSING', severity: 'warning', section: 'manfaat', field: `benefits.${b}`, params: { beneficiary: b } });
  }
  if (!p.sustainability.narrative.trim() && p.sustainability.items.length === 0)
    add({ code: 'NO_SUSTAINABILITY', severity: 'warning', section: 'keberlanjutan', field: 'sustainability.narrative' });
  return out;
}

type Add = (f: ReadinessFinding) => void;

function issueFindings(p: Project, add: Add): void {
  const ia = p.issueAnalysis;
  if (ia.issues.length === 0) {
    add({ code: 'NO_ISSUES', severity: 'error', section: 'isu' });
    return;
  }
  const apkl = apklResults(ia);
  for (const issue of ia.issues) {
    if (!apkl.get(issue.id)?.complete)
      add({ code: 'APKL_INCOMPLETE', severity: 'warning', section: 'isu', itemId: issue.id, field: 'apkl', params: { issue: issue.statement } });
  }
  const ranking = usgRanking(ia);
  for (const id of ranking.incomplete) {
    const issue = ia.issues.find((i) => i.id === id)!;
    add({ code: 'USG_INCOMPLETE', severity: 'warning', section: 'prioritas', itemId: id, field: 'usg', params: { issue: issue.statement } });
  }
  for (const tie of ranking.unresolvedTies) {
    add({ code: 'USG_TIE_UNRESOLVED', severity: 'error', section: 'prioritas', itemId: tie[0], params: { count: tie.length } });
  }
  if (!ranking.coreIssueId) add({ code: 'NO_CORE_ISSUE', severity: 'error', section: 'prioritas' });
  if (ranking.coreSource === 'OVERRIDE' && !ia.coreOverride?.reason.trim()) {
    add({ code: 'CORE_OVERRIDE_NO_REASON', severity: 'error', section: 'prioritas', field: 'coreOverride.reason' });
  }
  if (!ia.impactIfUnresolved.trim()) add({ code: 'NO_IMPACT', severity: 'warning', section: 'prioritas', field: 'impactIfUnresolved' });
}

function milestoneFindings(p: Project, kind: ReportKind, add: Add): void {
  const byHorizon = (h: Horizon) => p.milestones.filter((m) => m.horizon === h);
  if (byHorizon('PENDEK').length === 0) add({ code: 'NO_MILESTONES', severity: 'error', section: 'milestone', params: { horizon: 'PENDEK' } });
  for (const m of p.milestones) {
    const params = { milestone: m.title };
    const item = { section: 'milestone' as const, itemId: m.id, params };
    if (!m.output.trim()) add({ code: 'MILESTONE_NO_OUTPUT', severity: 'error', field: 'output', ...item });
    if (!m.indicator.trim()) add({ code: 'MILESTONE_NO_INDICATOR', severity: 'error', field: 'indicator', ...item });
    if (m.evidence.length === 0) add({ code: 'MILESTONE_NO_EVIDENCE', severity: m.horizon === 'PENDEK' ? 'error' : 'warning', field: 'evidence', ...item });
    if (!m.picTeamId || !p.team.some((t) => t.id === m.picTeamId)) add({ code: 'MILESTONE_NO_PIC', severity: 'warning', field: 'picTeamId', ...item });
    if (!m.start || !m.end) add({ code: 'MILESTONE_NO_DATES', severity: 'warning', field: 'start', ...item });
    for (const problem of milestoneDateProblems(m, p.calendar)) {
      if (problem === 'END_BEFORE_START') add({ code: 'MILESTONE_END_BEFORE_START', severity: 'error', field: 'end', ...item });
      if (problem === 'OUTSIDE_WINDOW') add({ code: 'MILESTONE_OUTSIDE_WINDOW', severity: 'warning', field: 'start', ...item });
    }
    if (kind === 'laporan' && m.horizon === 'PENDEK' && (m.status === 'PLANNED' || m.achievementPct === null)) {
      add({ code: 'MILESTONE_NO_REALISATION', severity: 'error', section: 'realisasi', itemId: m.id, field: 'status', params });
    }
    if (kind === 'laporan' && actualDatesReversed(m)) {
      add({ code: 'MILESTONE_ACTUAL_END_BEFORE_START', severity: 'error', section: 'realisasi', itemId: m.id, field: 'actualEnd', params });
    }
  }
}

function teamFindings(p: Project, add: Add): void {
  for (const role of ['PROJECT_LEADER', 'MENTOR', 'COACH'] as const) {
    if (!p.team.some((t) => t.role === role)) add({ code: 'TEAM_ROLE_MISSING', severity: 'warning', section: 'tim', params: { role } });
  }
}

function stakeholderFindings(p: Project, kind: ReportKind, add: Add): void {
  const threshold = p.stakeholderSettings.threshold;
  if (p.stakeholders.length === 0) add({ code: 'NO_STAKEHOLDERS', severity: 'error', section: 'stakeholder' });
  for (const s of p.stakeholders) {
    const params = { stakeholder: s.name };
    const q = positionQuadrant(s.before, threshold);
    if (q === null) add({ code: 'STAKEHOLDER_NOT_PLACED', severity: 'warning', section: 'stakeholder', itemId: s.id, params });
    if ((q === 'KEY_PLAYER' || q === 'CONTEXT_SETTER') && !s.strategy.trim()) {
      add({ code: 'HIGH_POWER_NO_STRATEGY', severity: 'warning', section: 'stakeholder', itemId: s.id, field: 'strategy', params });
    }
    if (kind === 'laporan' && positionQuadrant(s.after, threshold) === null) {
      add({ code: 'STAKEHOLDER_NO_AFTER', severity: 'warning', section: 'stakeholder', itemId: s.id, params });
    }
  }
}
