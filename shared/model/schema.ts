/**
 * The project: the single source of truth for what a .rancang file holds. Types are inferred from
 * it (shared/model/types.ts); defaults come from it (createProject); files are validated with it.
 *
 * Rules that keep files safe and stable:
 * - z.object strips unknown keys, so anything a file adds (including "__proto__") never reaches
 *   the project object.
 * - Derived values (APKL pass, USG totals and ranks, quadrants, budget totals) are NOT stored;
 *   shared/domain computes them, so a number cannot disagree between screen and report.
 */
import { SCHEDULE_FORMS } from './scheduleForm';
import { z } from 'zod';
import { DATE_YEARS, LIMITS, PROGRAMME_YEAR_MIN } from './limits';
import {
  APKL_MODES,
  TIE_BREAK_RULES,
  ATTACHMENT_MIMES,
  ATTITUDES,
  CAUSE_CATEGORIES,
  CAUSE_SET_NAMES,
  CONSULTANTS,
  CURRENCY_STYLES,
  FUNDING_SOURCES,
  HORIZONS,
  INNOVATION_KINDS,
  MILESTONE_STATUSES,
  PAPER_SIZES,
  PERSON_ROLES,
  PHASES,
  PROGRAMME_CODES,
  QUADRANT_NAMINGS,
  REPORT_FONTS,
  RISK_TYPES,
  SEMINAR_OUTCOMES,
  STAKEHOLDER_CATEGORIES,
  TEAM_ROLES,
} from './enums';
import { ID_PATTERN, id, idList, isoDate, list, longText, score, shortText, timestamp } from './fields';
import { DatedPositionSchema, POST_TRAINING_LIMITS, PostTrainingSchema } from './postTraining';
import { ReviewStoreSchema } from '../review/schema';

export const PersonSchema = z.object({
  name: shortText(200),
  nip: shortText(40),
  pangkat: shortText(100),
  golongan: shortText(20),
  jabatan: shortText(),
  unitKerja: shortText(),
  instansi: shortText(),
  /** NDH / NPP / No. SIS — the participant number; label varies by organiser. */
  participantNo: shortText(40),
});

export const ProgrammeSchema = z.object({
  code: z.enum(PROGRAMME_CODES).default('PKP'),
  /** Empty = the standard name of the code (shared/model/programmes.ts). */
  nameOverride: shortText(300),
  /** Empty = the standard product label ("Aksi Perubahan Kinerja Pelayanan"). */
  productLabelOverride: shortText(200),
  regulation: shortText(300),
  angkatan: shortText(20),
  year: z.number().int().min(PROGRAMME_YEAR_MIN).max(DATE_YEARS.max).nullable().default(null),
  /** Organiser's parent government for the cover, e.g. "PEMERINTAH PROVINSI JAMBI". */
  organiserParent: shortText(300),
  organiser: shortText(300),
  city: shortText(100),
  participantsInCohort: z.number().int().min(0).max(10_000).nullable().default(null),
});

export const HolidaySchema = z.object({ id: id(), name: shortText(200), start: isoDate(), end: isoDate() });

export const CalendarSchema = z.object({
  opening: isoDate(),
  seminarRancangan: isoDate(),
  offCampusStart: isoDate(),
  offCampusEnd: isoDate(),
  finalOnCampusStart: isoDate(),
  seminarLaporan: isoDate(),
  closing: isoDate(),
  holidays: list(HolidaySchema, LIMITS.holidays),
});

const apklScores = z.object({ A: score(), P: score(), K: score(), L: score() });
const apklCheck = z.object({ ok: z.boolean().nullable().default(null), reason: shortText() });
const apklChecks = z.object({
  A: apklCheck.prefault({}),
  P: apklCheck.prefault({}),
  K: apklCheck.prefault({}),
  L: apklCheck.prefault({}),
});

export const IssueSchema = z.object({
  id: id(),
  statement: shortText(),
  source: shortText(),
  apklScores: apklScores.prefault({}),
  apklChecks: apklChecks.prefault({}),
  usg: z.object({ U: score(), S: score(), G: score() }).prefault({}),
});

/** A tie between equal USG totals, settled explicitly (docs/domain.md §3.3): the order, and with whom. */
export const TieDecisionSchema = z.object({
  issueIds: z.array(id()).min(2).max(LIMITS.issues),
  decidedWith: z.enum(['MENTOR', 'COACH', 'TEAM']).default('MENTOR'),
  note: shortText(),
});

export const IssueAnalysisSchema = z.object({
  apklMode: z.enum(APKL_MODES).default('SCORE_MIN_PER_CRITERION'),
  apklMinPerCriterion: z.number().int().min(1).max(5).default(3),
  apklTopN: z.number().int().min(1).max(LIMITS.issues).default(3),
  issues: list(IssueSchema, LIMITS.issues),
  tieDecisions: list(TieDecisionSchema, LIMITS.issues),
  /** Optional (older files have none): how equal totals are ordered; absent means DECIDE. */
  tieBreak: z.enum(TIE_BREAK_RULES).optional(),
  /** The user may choose another core issue than the ranking's, with a reason. */
  coreOverride: z.object({ issueId: id(), reason: shortText() }).nullable().default(null),
  impactIfUnresolved: longText(),
});

export const RootCauseSchema = z.object({
  id: id(),
  category: z.enum(CAUSE_CATEGORIES),
  text: shortText(),
  parentId: id().nullable().default(null),
});

export const GapRowSchema = z.object({
  id: id(),
  aspect: shortText(),
  current: shortText(),
  currentSource: shortText(),
  expected: shortText(),
});

export const BreakthroughSchema = z.object({
  name: shortText(200),
  acronymMeaning: shortText(),
  kinds: z.array(z.enum(INNOVATION_KINDS)).max(INNOVATION_KINDS.length).default([]),
  description: longText(),
  integratesWith: shortText(),
});

export const IndicatorSchema = z.object({
  id: id(),
  name: shortText(),
  unit: shortText(60),
  baseline: shortText(200),
  target: shortText(200),
  realised: shortText(200),
});

export const GoalSchema = z.object({
  statement: longText(),
  indicators: list(IndicatorSchema, LIMITS.indicators),
});

export const MilestoneSchema = z.object({
  id: id(),
  /** MP-01 …: given once when added and kept when the card moves (shared/domain/milestoneCodes). */
  code: z
    .string()
    .max(12)
    .regex(/^([A-Z]{2}-\d{1,4})?$/)
    .default(''),
  horizon: z.enum(HORIZONS).default('PENDEK'),
  title: shortText(),
  activities: list(shortText(), LIMITS.activities),
  start: isoDate(),
  end: isoDate(),
  output: shortText(),
  indicator: shortText(),
  evidence: list(shortText(300), LIMITS.evidence),
  picTeamId: id().nullable().default(null),
  stakeholderIds: idList(),
  budgetLineIds: idList(),
  status: z.enum(MILESTONE_STATUSES).default('PLANNED'),
  actualStart: isoDate(),
  actualEnd: isoDate(),
  achievementPct: z.number().min(0).max(100).nullable().default(null),
  notes: shortText(2_000),
  attachmentIds: idList(),
});

export const StakeholderPositionSchema = z.object({
  power: score(),
  interest: score(),
  attitude: z.enum(ATTITUDES).nullable().default(null),
});

export const StakeholderSchema = z.object({
  id: id(),
  name: shortText(300),
  category: z.enum(STAKEHOLDER_CATEGORIES).default('INTERNAL'),
  role: shortText(),
  before: StakeholderPositionSchema.prefault({}),
  after: StakeholderPositionSchema.prefault({}),
  /** Empty = the quadrant's suggested strategy. */
  strategy: shortText(2_000),
  commChannel: shortText(300),
  frequency: shortText(200),
  ownerTeamId: id().nullable().default(null),
  /** Dated positions between before and after (after a tapping or a meeting), oldest first when shown. */
  positions: list(DatedPositionSchema, POST_TRAINING_LIMITS.positions),
});

export const TeamMemberSchema = z.object({
  id: id(),
  role: z.enum(TEAM_ROLES).default('MEMBER'),
  /** When set, the person's data comes from the people slot (participant, mentor …). */
  personRole: z.enum(PERSON_ROLES).nullable().default(null),
  person: PersonSchema.prefault({}),
  memberRole: shortText(200),
  tasks: shortText(2_000),
});

export const RiskSchema = z.object({
  id: id(),
  type: z.enum(RISK_TYPES).default('INTERNAL'),
  description: shortText(),
  likelihood: score(),
  impact: score(),
  mitigation: shortText(2_000),
  ownerTeamId: id().nullable().default(null),
  occurred: z.boolean().nullable().default(null),
  actualHandling: shortText(2_000),
});

export const BudgetLineSchema = z.object({
  id: id(),
  item: shortText(),
  volume: z.number().min(0).max(1e9).default(0),
  unit: shortText(60),
  /** Whole rupiah. */
  unitCost: z.number().int().min(0).max(1e13).default(0),
  source: z.enum(FUNDING_SOURCES).nullable().default(null),
  sourceDetail: shortText(300),
});

export const ListItemSchema = z.object({ id: id(), text: shortText(2_000) });

export const ConsultationSchema = z.object({
  id: id(),
  date: isoDate(),
  with: z.enum(CONSULTANTS).default('MENTOR'),
  topic: shortText(),
  result: shortText(2_000),
});

export const RevisionNoteSchema = z.object({ id: id(), text: shortText(2_000), resolved: z.boolean().default(false) });

export const SeminarSchema = z.object({
  date: isoDate(),
  outcome: z.enum(SEMINAR_OUTCOMES).default('BELUM'),
  notes: longText(),
  revisionNotes: list(RevisionNoteSchema, LIMITS.revisionNotes),
});

export const AttachmentSchema = z.object({
  id: id(),
  name: shortText(200),
  mime: z.enum(ATTACHMENT_MIMES),
  /** Base64 of the picture; the byte limit is checked after decoding (shared/model/attachments.ts). */
  data: z.string().max(Math.ceil((LIMITS.attachmentBytes * 4) / 3) + 4),
  caption: shortText(),
  milestoneId: id().nullable().default(null),
  /** Optional: a picture placed in a long text (`![Keterangan](gambar:<id>)`), not evidence for the appendix. */
  inText: z.boolean().optional(),
});

export const NarrativeSchema = z.object({
  kataPengantar: longText(),
  abstrak: longText(),
  latarBelakang: longText(),
  ruangLingkup: longText(),
  profilOrganisasi: longText(),
  /** Laporan: what the team did, stakeholder work, leadership reflection, early benefits. */
  perananTim: longText(),
  pengelolaanStakeholder: longText(),
  refleksiKepemimpinan: longText(),
  manfaatDirasakan: longText(),
  kesimpulan: longText(),
  saran: longText(),
});

export const DocumentSettingsSchema = z.object({
  paper: z.enum(PAPER_SIZES).default('A4'),
  marginsCm: z
    .object({
      top: z.number().min(1).max(8).default(4),
      left: z.number().min(1).max(8).default(4),
      bottom: z.number().min(1).max(8).default(3),
      right: z.number().min(1).max(8).default(3),
    })
    .prefault({}),
  font: z.enum(REPORT_FONTS).default('Times New Roman'),
  fontSizePt: z.number().min(9).max(16).default(12),
  lineSpacing: z.union([z.literal(1), z.literal(1.15), z.literal(1.5), z.literal(2)]).default(1.5),
  currencyStyle: z.enum(CURRENCY_STYLES).default('PLAIN'),
  showStakeholderScores: z.boolean().default(true),
  /** The report shows only before/after by default; on, the dated positions appear as a path and a table. */
  showStakeholderPath: z.boolean().default(false),
  /** The laporan's appendix "Perubahan setelah seminar rancangan" (shared/report/tables/changes.ts); off by default. */
  changesAppendix: z.boolean().default(false),
  /** The frozen version it compares with; null = the newest rancangan version (shared/model/appendixVersion.ts). */
  changesAppendixVersion: z.string().regex(ID_PATTERN).nullable().default(null),
  logoAttachmentId: id().nullable().default(null),
  /** Optional: files written before the choice read as 'BOTH', which is what the report did. */
  scheduleAs: z.enum(SCHEDULE_FORMS).default('BOTH'),
});

export const StakeholderSettingsSchema = z.object({
  /** Score at or above which power/interest count as "high" (docs/domain.md §5.3). */
  threshold: z.number().int().min(2).max(5).default(3),
  naming: z.enum(QUADRANT_NAMINGS).default('KEY_PLAYERS'),
});

/**
 * How a file's project is parsed (decodeProjectText, each saved version): without zod's compiled fast path. Zod builds
 * the parser of each object schema with `new Function` the first time it parses with it, once per process, and a file
 * is parsed once: in the headless export of SIPANTAU that build was most of the ~60 ms of decoding (about 6 ms
 * without it; a first parse alone, 14–20 ms against 3 ms). Parsed again in the same process, the two paths were within
 * this machine's noise (SIPANTAU about 1 ms, the 20× generated project about 10 ms). The same result: the fast path is a
 * compiled form of the same checks (the parsed projects compared equal).
 */
export const PARSE_ONCE = { jitless: true } as const;

export const ProjectSchema = z.object({
  id: id().default(() => newId('prj')),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  phase: z.enum(PHASES).default('DRAFTING'),
  title: shortText(LIMITS.title),
  programme: ProgrammeSchema.prefault({}),
  calendar: CalendarSchema.prefault({}),
  people: z
    .object({
      participant: PersonSchema.prefault({}),
      mentor: PersonSchema.prefault({}),
      coach: PersonSchema.prefault({}),
      examiner: PersonSchema.prefault({}),
      sponsor: PersonSchema.prefault({}),
    })
    .prefault({}),
  narrative: NarrativeSchema.prefault({}),
  issueAnalysis: IssueAnalysisSchema.prefault({}),
  rootCauses: z
    .object({
      categorySet: z.enum(CAUSE_SET_NAMES).default('6M'),
      causes: list(RootCauseSchema, LIMITS.rootCauses),
    })
    .prefault({}),
  gap: list(GapRowSchema, LIMITS.gapRows),
  breakthrough: BreakthroughSchema.prefault({}),
  goals: z
    .object({
      PENDEK: GoalSchema.prefault({}),
      MENENGAH: GoalSchema.prefault({}),
      PANJANG: GoalSchema.prefault({}),
    })
    .prefault({}),
  horizonLengths: z
    .object({
      PENDEK: shortText(100).default('selama pelatihan (±2 bulan)'),
      MENENGAH: shortText(100).default('≤ 1 tahun'),
      PANJANG: shortText(100).default('≤ 2 tahun'),
    })
    .prefault({}),
  benefits: z
    .object({
      ORGANISASI: longText(),
      STAKEHOLDER: longText(),
      MASYARAKAT: longText(),
      PESERTA: longText(),
    })
    .prefault({}),
  milestones: list(MilestoneSchema, LIMITS.milestones),
  stakeholders: list(StakeholderSchema, LIMITS.stakeholders),
  stakeholderSettings: StakeholderSettingsSchema.prefault({}),
  team: list(TeamMemberSchema, LIMITS.team),
  risks: list(RiskSchema, LIMITS.risks),
  budgetLines: list(BudgetLineSchema, LIMITS.budgetLines),
  criticalSuccessFactors: list(ListItemSchema, LIMITS.listItems),
  sustainability: z
    .object({
      narrative: longText(),
      items: list(ListItemSchema, LIMITS.listItems),
    })
    .prefault({}),
  consultations: list(ConsultationSchema, LIMITS.consultations),
  seminars: z
    .object({
      RANCANGAN: SeminarSchema.prefault({}),
      LAPORAN: SeminarSchema.prefault({}),
    })
    .prefault({}),
  attachments: list(AttachmentSchema, LIMITS.attachments),
  documentSettings: DocumentSettingsSchema.prefault({}),
  /** After the seminar: progress, indicator readings, evaluation answers, handovers (shared/model/postTraining.ts). */
  postTraining: PostTrainingSchema.prefault({}),
  /** Review notes imported from mentors', coaches' and examiners' .ulasan files (shared/review). */
  reviews: ReviewStoreSchema.optional(),
});

/** Short random id with a readable prefix ("ms-3f9a1c2b"); ids are only compared, never parsed. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
