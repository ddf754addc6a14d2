import type { Dictionary } from '../types';

export const terms: Dictionary['terms'] = {
  horizons: { PENDEK: 'Short term', MENENGAH: 'Medium term', PANJANG: 'Long term' },
  teamRoles: { SPONSOR: 'Sponsor', MENTOR: 'Mentor', COACH: 'Coach', PROJECT_LEADER: 'Project leader', MEMBER: 'Member' },
  fundingSources: {
    APBD: 'APBD (regional budget)', APBN: 'APBN (state budget)', SWADAYA: 'Self-funded', IN_KIND: 'In kind (partner support)', CSR: 'CSR',
    HIBAH: 'Grant', KERJA_SAMA: 'Partnership', TANPA_ANGGARAN: 'No budget (routine)',
  },
  beneficiaries: { ORGANISASI: 'Organisation/agency', STAKEHOLDER: 'Stakeholders', MASYARAKAT: 'Public', PESERTA: 'Participant' },
  innovationKinds: {
    APLIKASI: 'Application/information system', SOP: 'SOP', REGULASI: 'Regulation/policy', KOLABORASI: 'Collaboration/partnership',
    LAYANAN: 'Service redesign', SDM: 'Human resources', METODE: 'Working method', LAINNYA: 'Other',
  },
  causeSets: { '6M': '6M (Man, Method, Machine, Material, Money, Environment)', '4P': '4P (Policy, Procedure, People, Plant/Place)' },
  causeCategories: {
    MAN: 'Man', METHOD: 'Method', MACHINE: 'Machine', MATERIAL: 'Material', MONEY: 'Money', ENVIRONMENT: 'Environment',
    POLICY: 'Policy', PROCEDURE: 'Procedure', PEOPLE: 'People', PLANT: 'Plant/Place',
  },
  consultants: { MENTOR: 'Mentor', COACH: 'Coach', EXAMINER: 'Examiner', SPONSOR: 'Sponsor', OTHER: 'Other' },
  seminarTypes: { RANCANGAN: 'Design seminar', LAPORAN: 'Report seminar' },
  seminarOutcomes: {
    BELUM: 'Not held yet', DISETUJUI: 'Approved', DISETUJUI_DENGAN_PERBAIKAN: 'Approved with revisions',
    DITUNDA: 'Postponed', TIDAK_DISETUJUI: 'Not approved',
  },
  milestoneStatuses: { PLANNED: 'Planned', IN_PROGRESS: 'In progress', DONE: 'Done', DELAYED: 'Delayed', CANCELLED: 'Cancelled' },
  riskTypes: { INTERNAL: 'Internal', EXTERNAL: 'External' },
  riskLevels: { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' },
  apklCriteria: { A: 'Actual', P: 'Problematic', K: 'Public concern (Kekhalayakan)', L: 'Feasible (Layak)' },
  apklCriteriaHints: {
    A: 'Actual: still under discussion and not resolved now.',
    P: 'Problematic: deviates from expectations, standards or rules; its causes and solutions must be found.',
    K: 'K = Kekhalayakan (concerns the public at large), not “kelayakan”.',
    L: 'Feasible: logical, realistic and within your duties, rights, authority and responsibility.',
  },
  apklModes: {
    CHECKLIST: 'Checklist (✓/✗ with a reason)',
    SCORE_MIN_PER_CRITERION: 'Scores 1–5, passes when every criterion reaches the minimum',
    SCORE_TOP_N: 'Scores 1–5, the N issues with the highest totals pass',
  },
  usgCriteria: { U: 'Urgency', S: 'Seriousness', G: 'Growth' },
  usgCriteriaHints: {
    U: 'Urgency: how urgently the issue must be handled given the time available.',
    S: 'Seriousness: how serious the consequences of postponing are.',
    G: 'Growth: how likely the issue is to worsen if left alone.',
  },
  decidedWith: { MENTOR: 'the mentor', COACH: 'the coach', TEAM: 'the team' },
  yesNo: { yes: 'yes', no: 'no', unknown: 'not yet' },
};
