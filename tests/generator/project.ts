/**
 * Seeded projects from tiny to about 20× the SIPANTAU sample, for checking layouts, figures and
 * speed beyond the one example the app ships. `scale` multiplies SIPANTAU's counts (12 milestones,
 * 12 stakeholders, 9 team members, 7 risks, 7 budget lines …) and the length of the long texts;
 * every count stays within LIMITS, so each generated project is a valid file.
 *
 * Pure TypeScript over shared/ only: usable by unit tests, e2e tests and the bench alike. Pictures
 * need PNG encoding and live in ./pictures.ts.
 */
import { PROGRAMME_CODES, type Horizon, type ProgrammeCode } from '../../shared/model/enums';
import { createProject } from '../../shared/model/envelope';
import { LIMITS } from '../../shared/model/limits';
import { ProjectSchema } from '../../shared/model/schema';
import type { Project } from '../../shared/model/types';
import { seededRandom, type Random } from './random';
import * as W from './words';

export interface GenerateOptions {
  seed: number;
  /** 1 ≈ SIPANTAU; 0.3 is a thin draft; 20 is the largest realistic project. */
  scale: number;
  /** Fill realisation, seminar results and "after" positions, as a project ready for its laporan. */
  implemented?: boolean;
  programme?: ProgrammeCode;
}

/** Sizes the normal test run tries; the wide sweep (RANCANG_SWEEP=1) tries many more seeds and sizes. */
export const STANDARD_SIZES = [0.3, 1, 3] as const;
export const SWEEP_SIZES = [0.3, 0.6, 1, 2, 3, 5, 8, 12, 20] as const;

/** SIPANTAU's own counts (resources/samples/sipantau.rancang): the unit of `scale`. */
const BASE = {
  issues: 5,
  causes: 6,
  gap: 4,
  indicators: 2,
  milestones: 12,
  stakeholders: 12,
  team: 9,
  risks: 7,
  budget: 7,
  csf: 5,
  consultations: 4,
  paragraphs: 3,
};

const count = (base: number, scale: number, limit: number, min = 1) => Math.max(min, Math.min(limit, Math.round(base * scale)));

export function generateProject(options: GenerateOptions): Project {
  const { seed, scale } = options;
  const r = seededRandom(seed);
  const programme = options.programme ?? r.pick(PROGRAMME_CODES.filter((c) => c !== 'CUSTOM'));
  const p = createProject({ programmeCode: programme, title: title(r), now: '2022-03-01T08:00:00.000Z' });
  p.id = `prj-gen-${seed}-${String(scale).replace('.', '_')}`;
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${seed}-${i + 1}`);

  p.programme = {
    ...p.programme,
    angkatan: String(r.int(1, 30)),
    year: 2022,
    regulation: 'Peraturan LAN Nomor 15 Tahun 2019',
    organiserParent: 'PEMERINTAH PROVINSI JAMBI',
    organiser: 'Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Jambi',
    city: 'Jambi',
    participantsInCohort: r.int(20, 60),
  };
  p.calendar = {
    ...p.calendar,
    opening: '2022-02-21',
    seminarRancangan: '2022-03-14',
    offCampusStart: '2022-03-15',
    offCampusEnd: '2022-05-13',
    finalOnCampusStart: '2022-05-23',
    seminarLaporan: '2022-05-24',
    closing: '2022-05-27',
  };
  for (const role of ['participant', 'mentor', 'coach', 'examiner', 'sponsor'] as const) p.people[role] = person(r, seed);

  const para = (n: number) => Array.from({ length: n }, () => paragraph(r)).join('\n\n');
  const paras = count(BASE.paragraphs, scale, 400);
  p.narrative = {
    ...p.narrative,
    kataPengantar: para(2),
    abstrak: para(1),
    latarBelakang: para(paras),
    ruangLingkup: para(1),
    profilOrganisasi: para(paras),
    perananTim: para(paras),
    pengelolaanStakeholder: para(paras),
    refleksiKepemimpinan: para(2),
    manfaatDirasakan: para(2),
    kesimpulan: para(2),
    saran: para(1),
  };

  const issueIds = ids('isu', count(BASE.issues, scale, LIMITS.issues, 2));
  p.issueAnalysis.issues = issueIds.map((id, i) => ({
    id,
    statement: `Belum optimalnya ${r.pick(W.SERVICES)} pada ${r.pick(W.UNITS)} (${i + 1})`,
    source: r.pick(['Rekap pengaduan 2021', 'Laporan SKM 2021', 'Observasi', 'LKjIP 2021']),
    apklScores: i < 2 ? { A: 5, P: 4, K: 4, L: 5 } : { A: r.int(2, 5), P: r.int(2, 5), K: r.int(2, 5), L: r.int(2, 5) },
    apklChecks: { A: { ok: true, reason: '' }, P: { ok: true, reason: '' }, K: { ok: true, reason: '' }, L: { ok: true, reason: '' } },
    // Two issues share the top total, so every project exercises the tie decided with the mentor.
    usg: i < 2 ? { U: 5, S: 5, G: 4 } : { U: r.int(1, 4), S: r.int(1, 4), G: r.int(1, 4) },
  }));
  p.issueAnalysis.tieDecisions = [{ issueIds: [issueIds[1]!, issueIds[0]!], decidedWith: 'MENTOR', note: 'Diputuskan bersama mentor' }];
  p.issueAnalysis.impactIfUnresolved = para(1);

  const categories = ['MAN', 'METHOD', 'MACHINE', 'MATERIAL', 'MONEY', 'ENVIRONMENT'] as const;
  const causeIds = ids('rc', count(BASE.causes, scale, LIMITS.rootCauses));
  p.rootCauses.causes = causeIds.map((id, i) => ({
    id,
    category: categories[i % categories.length]!,
    text: `${r.pick(W.SENTENCES).slice(0, r.int(30, 110))}`,
    parentId: i >= categories.length && r.chance(0.4) ? causeIds[i % categories.length]! : null,
  }));
  p.gap = ids('gap', count(BASE.gap, scale, LIMITS.gapRows)).map((id) => ({
    id,
    aspect: `Waktu layanan ${r.pick(W.SERVICES)}`,
    current: r.pick(W.SENTENCES),
    currentSource: r.pick(['Rekap pengaduan 2021', 'Laporan SKM 2021']),
    expected: r.pick(W.SENTENCES),
  }));
  p.breakthrough = {
    name: 'SIPANTAU',
    acronymMeaning: 'Sistem Pemantauan Alur Izin',
    kinds: ['APLIKASI', 'SOP'],
    description: para(2),
    integratesWith: 'OSS-RBA, gateway WhatsApp Diskominfo',
  };
  for (const h of ['PENDEK', 'MENENGAH', 'PANJANG'] as const) {
    p.goals[h] = {
      statement: paragraph(r),
      indicators: ids(`ind${h[0]}`, count(BASE.indicators, scale, LIMITS.indicators)).map((id) => ({
        id,
        name: `Persentase ${r.pick(W.SERVICES)} yang terlacak`,
        unit: r.pick(['%', 'jam', 'dokumen', 'indeks']),
        baseline: String(r.int(0, 60)),
        target: String(r.int(61, 100)),
        realised: '',
      })),
    };
  }
  p.benefits = { ORGANISASI: paragraph(r), STAKEHOLDER: paragraph(r), MASYARAKAT: paragraph(r), PESERTA: paragraph(r) };

  const teamIds = ids('tim', count(BASE.team, scale, LIMITS.team, 3));
  p.team = teamIds.map((id, i) => ({
    id,
    role: i === 0 ? 'PROJECT_LEADER' : 'MEMBER',
    personRole: i === 0 ? 'participant' : null,
    person: i === 0 ? p.people.participant : person(r, seed + i),
    memberRole: i === 0 ? 'Project leader' : r.pick(['Koordinator teknis', 'Sekretaris', 'Anggota', 'Pengembang aplikasi']),
    tasks: r.pick(W.SENTENCES),
  }));
  const budgetIds = ids('bl', count(BASE.budget, scale, LIMITS.budgetLines));
  p.budgetLines = budgetIds.map((id) => {
    const [item, unit, cost] = r.pick(W.BUDGET_ITEMS);
    const source = r.pick(['APBD', 'SWADAYA', 'APBD', 'KERJA_SAMA', 'CSR'] as const);
    return { id, item, volume: r.int(1, 60), unit, unitCost: cost, source, sourceDetail: r.pick(W.SOURCE_DETAILS) };
  });
  const stakeholderIds = ids('sh', count(BASE.stakeholders, scale, LIMITS.stakeholders, 2));
  p.stakeholders = stakeholderIds.map((id, i) => {
    const before = { power: r.int(1, 5), interest: r.int(1, 5), attitude: r.pick(['MENDUKUNG', 'NETRAL', 'MENOLAK'] as const) };
    return {
      id,
      name: `${r.pick(W.STAKEHOLDER_NAMES)}${i >= W.STAKEHOLDER_NAMES.length ? ` ${i + 1}` : ''}`,
      category: r.pick(['INTERNAL', 'EXTERNAL'] as const),
      role: r.pick(W.SENTENCES).slice(0, 90),
      before,
      after: { power: null, interest: null, attitude: null },
      strategy: '',
      commChannel: r.pick(['Rapat koordinasi', 'Nota dinas', 'Grup WhatsApp', 'Audiensi']),
      frequency: r.pick(['Mingguan', 'Bulanan', 'Sesuai kebutuhan']),
      ownerTeamId: r.pick(teamIds),
      positions: [],
    };
  });

  const milestoneCount = count(BASE.milestones, scale, LIMITS.milestones, 3);
  // Codes are given once, as the app does when a milestone is added (MP-01, MM-01, MJ-01 …).
  const perHorizon: Record<Horizon, number> = { PENDEK: 0, MENENGAH: 0, PANJANG: 0 };
  p.milestones = ids('ms', milestoneCount).map((id, i) => {
    const horizon: Horizon = i < Math.ceil(milestoneCount * 0.6) ? 'PENDEK' : i < Math.ceil(milestoneCount * 0.85) ? 'MENENGAH' : 'PANJANG';
    const [start, end] = milestoneDates(r, horizon);
    return {
      id,
      code: `${{ PENDEK: 'MP', MENENGAH: 'MM', PANJANG: 'MJ' }[horizon]}-${String(++perHorizon[horizon]).padStart(2, '0')}`,
      horizon,
      title: `${r.pick(W.VERBS)} ${r.pick(W.OBJECTS)}`,
      activities: Array.from({ length: r.int(0, 4) }, () => `${r.pick(W.VERBS)} ${r.pick(W.OBJECTS)}`),
      start,
      end,
      output: `${r.pick(W.OBJECTS)} tersedia`,
      indicator: 'Dokumen ditetapkan dan digunakan',
      evidence: ['Notulen', 'Daftar hadir', 'Foto'].slice(0, r.int(1, 3)),
      picTeamId: r.pick(teamIds),
      stakeholderIds: [r.pick(stakeholderIds)],
      budgetLineIds: r.chance(0.5) ? [r.pick(budgetIds)] : [],
      status: 'PLANNED' as const,
      actualStart: null,
      actualEnd: null,
      achievementPct: null,
      notes: '',
      attachmentIds: [],
    };
  });
  p.risks = ids('risk', count(BASE.risks, scale, LIMITS.risks)).map((id) => ({
    id,
    type: r.pick(['INTERNAL', 'EXTERNAL'] as const),
    description: r.pick(W.SENTENCES),
    likelihood: r.int(1, 5),
    impact: r.int(1, 5),
    mitigation: r.pick(W.SENTENCES),
    ownerTeamId: r.pick(teamIds),
    occurred: null,
    actualHandling: '',
  }));
  p.criticalSuccessFactors = ids('csf', count(BASE.csf, scale, LIMITS.listItems)).map((id) => ({ id, text: r.pick(W.SENTENCES) }));
  p.sustainability = { narrative: para(1), items: ids('sus', count(3, scale, LIMITS.listItems)).map((id) => ({ id, text: r.pick(W.SENTENCES) })) };
  p.consultations = ids('kons', count(BASE.consultations, scale, LIMITS.consultations)).map((id, i) => ({
    id,
    date: isoDay(2022, 3, 1 + (i % 28)),
    with: r.pick(['MENTOR', 'COACH'] as const),
    topic: `Pembahasan ${r.pick(W.OBJECTS)}`,
    result: r.pick(W.SENTENCES),
  }));
  p.seminars.RANCANGAN = {
    date: '2022-03-14',
    outcome: 'DISETUJUI_DENGAN_PERBAIKAN',
    notes: paragraph(r),
    revisionNotes: ids('rev', count(3, scale, LIMITS.revisionNotes)).map((id) => ({ id, text: `Perjelas ${r.pick(W.OBJECTS)}`, resolved: r.chance(0.7) })),
  };

  if (options.implemented) implement(p, r);
  return ProjectSchema.parse(p);
}

/** What the participant records during and after implementation: realisation, "after" map, results. */
function implement(p: Project, r: Random): void {
  p.phase = 'SEMINAR_LAPORAN';
  for (const m of p.milestones) {
    if (m.horizon !== 'PENDEK') continue;
    const done = r.chance(0.8);
    m.status = done ? 'DONE' : r.pick(['IN_PROGRESS', 'DELAYED'] as const);
    m.actualStart = m.start;
    m.actualEnd = done ? m.end : null;
    m.achievementPct = done ? 100 : r.int(20, 90);
    m.notes = r.pick(W.SENTENCES);
  }
  for (const s of p.stakeholders) {
    s.after = { power: s.before.power, interest: Math.min(5, (s.before.interest ?? 1) + r.int(0, 2)), attitude: r.chance(0.8) ? 'MENDUKUNG' : 'NETRAL' };
  }
  for (const risk of p.risks) {
    risk.occurred = r.chance(0.4);
    risk.actualHandling = risk.occurred ? r.pick(W.SENTENCES) : '';
  }
  for (const h of ['PENDEK', 'MENENGAH', 'PANJANG'] as const) for (const ind of p.goals[h].indicators) ind.realised = h === 'PENDEK' ? ind.target : '';
  p.seminars.LAPORAN = {
    date: '2022-05-24',
    outcome: 'DISETUJUI',
    notes: paragraph(r),
    revisionNotes: [{ id: `rev-l-${p.id}`.slice(0, 60), text: 'Lengkapi bukti dukung milestone jangka pendek', resolved: true }],
  };
}

function title(r: Random): string {
  return `Peningkatan Kualitas Layanan ${r.pick(W.SERVICES).replace(/^./, (c) => c.toUpperCase())} melalui Aplikasi ${r.pick(['SIPANTAU', 'SI-CEPAT', 'LACAK-IZIN', 'E-RUJUK'])} pada ${r.pick(W.AGENCIES)}`;
}

function person(r: Random, salt: number): Project['people']['participant'] {
  const [pangkat, golongan] = r.pick(W.PANGKAT);
  const year = r.int(1970, 1995);
  const nip = `${year}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${year + r.int(22, 28)}${String(r.int(1, 12)).padStart(2, '0')}${r.int(1, 2)}${String(r.int(1, 9) + (salt % 90)).padStart(3, '0')}`;
  return {
    name: `${r.pick(W.DEGREES_BEFORE)}${r.pick(W.GIVEN)} ${r.pick(W.FAMILY)}, ${r.pick(W.DEGREES_AFTER)}`,
    nip,
    pangkat,
    golongan,
    jabatan: r.pick(W.JABATAN),
    unitKerja: r.pick(W.UNITS),
    instansi: r.pick(W.AGENCIES),
    participantNo: String(r.int(1, 60)),
  };
}

function paragraph(r: Random): string {
  return Array.from({ length: r.int(3, 6) }, () => r.pick(W.SENTENCES)).join(' ');
}

function milestoneDates(r: Random, horizon: Horizon): [string, string] {
  if (horizon === 'PENDEK') {
    const day = r.int(0, 50);
    return [addDays('2022-03-15', day), addDays('2022-03-15', Math.min(58, day + r.int(2, 14)))];
  }
  const offset = horizon === 'MENENGAH' ? r.int(70, 330) : r.int(380, 700);
  return [addDays('2022-03-15', offset), addDays('2022-03-15', offset + r.int(14, 60))];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
