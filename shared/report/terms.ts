/**
 * The report's Indonesian words for the domain's closed vocabularies. The report is the formal
 * document, so it always speaks Indonesian whatever the UI language (docs/domain.md §1.6, §8).
 */
import type {
  Attitude,
  CauseCategory,
  Consultant,
  FundingSource,
  Horizon,
  InnovationKind,
  MilestoneStatus,
  Quadrant,
  RiskType,
  SeminarOutcome,
  StakeholderCategory,
  TeamRole,
} from '../model/enums';

export const MISSING = '[belum diisi]';

export const HORIZON_TITLE: Record<Horizon, string> = { PENDEK: 'Jangka Pendek', MENENGAH: 'Jangka Menengah', PANJANG: 'Jangka Panjang' };

export const TEAM_ROLE: Record<TeamRole, string> = {
  SPONSOR: 'Sponsor',
  MENTOR: 'Mentor',
  COACH: 'Coach',
  PROJECT_LEADER: 'Project Leader',
  MEMBER: 'Anggota',
};

export const FUNDING: Record<FundingSource, string> = {
  APBD: 'APBD',
  APBN: 'APBN',
  SWADAYA: 'Swadaya',
  IN_KIND: 'In-kind (dukungan mitra)',
  CSR: 'CSR',
  HIBAH: 'Hibah',
  KERJA_SAMA: 'Kerja sama',
  TANPA_ANGGARAN: 'Tanpa anggaran (rutin)',
};

export const INNOVATION: Record<InnovationKind, string> = {
  APLIKASI: 'aplikasi/sistem informasi',
  SOP: 'SOP',
  REGULASI: 'regulasi/kebijakan',
  KOLABORASI: 'kolaborasi',
  LAYANAN: 'desain ulang layanan',
  SDM: 'pengembangan SDM',
  METODE: 'metode kerja',
  LAINNYA: 'lainnya',
};

export const CAUSE: Record<CauseCategory, string> = {
  MAN: 'Man (manusia)',
  METHOD: 'Method (metode)',
  MACHINE: 'Machine (sarana)',
  MATERIAL: 'Material (bahan/data)',
  MONEY: 'Money (anggaran)',
  ENVIRONMENT: 'Environment (lingkungan)',
  POLICY: 'Policy (kebijakan)',
  PROCEDURE: 'Procedure (prosedur)',
  PEOPLE: 'People (orang)',
  PLANT: 'Plant/Place (sarana/tempat)',
};

export const CONSULTANT: Record<Consultant, string> = { MENTOR: 'Mentor', COACH: 'Coach', EXAMINER: 'Penguji', SPONSOR: 'Sponsor', OTHER: 'Lainnya' };

export const STATUS: Record<MilestoneStatus, string> = {
  PLANNED: 'Direncanakan',
  IN_PROGRESS: 'Berjalan',
  DONE: 'Selesai',
  DELAYED: 'Terlambat',
  CANCELLED: 'Dibatalkan',
};

export const RISK_TYPE: Record<RiskType, string> = { INTERNAL: 'Internal', EXTERNAL: 'Eksternal' };

export const CATEGORY: Record<StakeholderCategory, string> = { INTERNAL: 'Internal', EXTERNAL: 'Eksternal' };

export const ATTITUDE: Record<Attitude, string> = { MENDUKUNG: 'Mendukung', NETRAL: 'Netral', MENOLAK: 'Menolak' };

/** Indonesian description of each quadrant, shown beside the chosen English name. */
export const QUADRANT_MEANING: Record<Quadrant, string> = {
  KEY_PLAYER: 'pengaruh tinggi, kepentingan tinggi',
  CONTEXT_SETTER: 'pengaruh tinggi, kepentingan rendah',
  SUBJECT: 'pengaruh rendah, kepentingan tinggi',
  CROWD: 'pengaruh rendah, kepentingan rendah',
};

export const BENEFICIARY = {
  ORGANISASI: 'Bagi organisasi/instansi',
  STAKEHOLDER: 'Bagi stakeholder',
  MASYARAKAT: 'Bagi masyarakat/publik',
  PESERTA: 'Bagi peserta',
} as const;

/** "A", "B", … for sub-section letters. */
export function letter(i: number): string {
  return String.fromCharCode(65 + (i % 26)).repeat(Math.floor(i / 26) + 1);
}

export const SEMINAR_OUTCOME: Record<SeminarOutcome, string> = {
  BELUM: 'Belum dilaksanakan',
  DISETUJUI: 'Disetujui',
  DISETUJUI_DENGAN_PERBAIKAN: 'Disetujui dengan perbaikan',
  DITUNDA: 'Ditunda',
  TIDAK_DISETUJUI: 'Tidak disetujui',
};
