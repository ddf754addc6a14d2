/**
 * Closed vocabularies of the domain (docs/domain.md Appendix A.1). Values are stored in files, so
 * they never change spelling; labels live in the dictionaries and in shared/report.
 */
export const PROGRAMME_CODES = ['PKN_I', 'PKN_II', 'PKA', 'PKP', 'DIKLATPIM_II', 'DIKLATPIM_III', 'DIKLATPIM_IV', 'CUSTOM'] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

export const PRODUCT_TYPES = ['PROYEK_PERUBAHAN', 'AKSI_PERUBAHAN'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const PHASES = [
  'AREA_AGREEMENT',
  'ON_CAMPUS_LEARNING',
  'DRAFTING',
  'SEMINAR_RANCANGAN',
  'IMPLEMENTATION',
  'SEMINAR_LAPORAN',
  'FINAL',
  'POST_TRAINING',
] as const;
export type Phase = (typeof PHASES)[number];

export const HORIZONS = ['PENDEK', 'MENENGAH', 'PANJANG'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const APKL_MODES = ['CHECKLIST', 'SCORE_MIN_PER_CRITERION', 'SCORE_TOP_N'] as const;
export type ApklMode = (typeof APKL_MODES)[number];
/**
 * How equal USG totals are ordered (docs/domain.md §3.3): always decided together with the mentor
 * (the default, as the sources say nothing), or by the higher U, then S, then G, deciding together
 * only what is still equal after that.
 */
export const TIE_BREAK_RULES = ['DECIDE', 'USG_ORDER'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];
export const APKL_CRITERIA = ['A', 'P', 'K', 'L'] as const;
export type ApklCriterion = (typeof APKL_CRITERIA)[number];
export const USG_CRITERIA = ['U', 'S', 'G'] as const;
export type UsgCriterion = (typeof USG_CRITERIA)[number];

export const QUADRANTS = ['KEY_PLAYER', 'CONTEXT_SETTER', 'SUBJECT', 'CROWD'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const QUADRANT_NAMINGS = ['KEY_PLAYERS', 'PROMOTERS'] as const;
export type QuadrantNaming = (typeof QUADRANT_NAMINGS)[number];

export const STAKEHOLDER_CATEGORIES = ['INTERNAL', 'EXTERNAL'] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];
export const ATTITUDES = ['MENDUKUNG', 'NETRAL', 'MENOLAK'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const TEAM_ROLES = ['SPONSOR', 'MENTOR', 'COACH', 'PROJECT_LEADER', 'MEMBER'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
/** Slots of the five people named on the cover and approval pages. */
export const PERSON_ROLES = ['participant', 'mentor', 'coach', 'examiner', 'sponsor'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const RISK_TYPES = ['INTERNAL', 'EXTERNAL'] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export const FUNDING_SOURCES = ['APBD', 'APBN', 'SWADAYA', 'IN_KIND', 'CSR', 'HIBAH', 'KERJA_SAMA', 'TANPA_ANGGARAN'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const BENEFICIARIES = ['ORGANISASI', 'STAKEHOLDER', 'MASYARAKAT', 'PESERTA'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

export const INNOVATION_KINDS = ['APLIKASI', 'SOP', 'REGULASI', 'KOLABORASI', 'LAYANAN', 'SDM', 'METODE', 'LAINNYA'] as const;
export type InnovationKind = (typeof INNOVATION_KINDS)[number];

/** Fishbone category sets (docs/domain.md §3.4). 6M is the default; 4P suits administrative services. */
export const CAUSE_SETS = {
  '6M': ['MAN', 'METHOD', 'MACHINE', 'MATERIAL', 'MONEY', 'ENVIRONMENT'],
  '4P': ['POLICY', 'PROCEDURE', 'PEOPLE', 'PLANT'],
} as const;
export type CauseSet = keyof typeof CAUSE_SETS;
export const CAUSE_SET_NAMES = ['6M', '4P'] as const satisfies readonly CauseSet[];
export const CAUSE_CATEGORIES = [...CAUSE_SETS['6M'], ...CAUSE_SETS['4P']] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export const CONSULTANTS = ['MENTOR', 'COACH', 'EXAMINER', 'SPONSOR', 'OTHER'] as const;
export type Consultant = (typeof CONSULTANTS)[number];

export const SEMINAR_TYPES = ['RANCANGAN', 'LAPORAN'] as const;
export type SeminarType = (typeof SEMINAR_TYPES)[number];
export const SEMINAR_OUTCOMES = ['BELUM', 'DISETUJUI', 'DISETUJUI_DENGAN_PERBAIKAN', 'DITUNDA', 'TIDAK_DISETUJUI'] as const;
export type SeminarOutcome = (typeof SEMINAR_OUTCOMES)[number];

export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const REPORT_FONTS = ['Times New Roman', 'Arial', 'Bookman Old Style', 'Cambria'] as const;
export type ReportFont = (typeof REPORT_FONTS)[number];
export const LINE_SPACINGS = [1, 1.15, 1.5, 2] as const;
export const CURRENCY_STYLES = ['PLAIN', 'DECIMALS'] as const;
export type CurrencyStyle = (typeof CURRENCY_STYLES)[number];

export const ATTACHMENT_MIMES = ['image/png', 'image/jpeg'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];
