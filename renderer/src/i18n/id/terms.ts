/**
 * Labels of the domain's closed vocabularies (shared/model/enums.ts), used by every section, the
 * readiness sentences and the export dialog. Terms follow docs/domain.md §1.6.
 */
export const terms = {
  horizons: { PENDEK: 'Jangka pendek', MENENGAH: 'Jangka menengah', PANJANG: 'Jangka panjang' },
  teamRoles: { SPONSOR: 'Sponsor', MENTOR: 'Mentor', COACH: 'Coach', PROJECT_LEADER: 'Project leader', MEMBER: 'Anggota' },
  fundingSources: {
    APBD: 'APBD', APBN: 'APBN', SWADAYA: 'Swadaya', IN_KIND: 'In-kind (dukungan mitra)', CSR: 'CSR', HIBAH: 'Hibah',
    KERJA_SAMA: 'Kerja sama', TANPA_ANGGARAN: 'Tanpa anggaran (rutin)',
  },
  beneficiaries: { ORGANISASI: 'Organisasi/instansi', STAKEHOLDER: 'Stakeholder', MASYARAKAT: 'Masyarakat/publik', PESERTA: 'Peserta' },
  innovationKinds: {
    APLIKASI: 'Aplikasi/sistem informasi', SOP: 'SOP', REGULASI: 'Regulasi/kebijakan', KOLABORASI: 'Kolaborasi/kerja sama',
    LAYANAN: 'Desain ulang layanan', SDM: 'Sumber daya manusia', METODE: 'Metode kerja', LAINNYA: 'Lainnya',
  },
  causeSets: { '6M': '6M (Man, Method, Machine, Material, Money, Environment)', '4P': '4P (Policy, Procedure, People, Plant/Place)' },
  causeCategories: {
    MAN: 'Man (manusia)', METHOD: 'Method (metode)', MACHINE: 'Machine (mesin/sarana)', MATERIAL: 'Material (bahan/data)',
    MONEY: 'Money (anggaran)', ENVIRONMENT: 'Environment (lingkungan)',
    POLICY: 'Policy (kebijakan)', PROCEDURE: 'Procedure (prosedur)', PEOPLE: 'People (orang)', PLANT: 'Plant/Place (sarana/tempat)',
  },
  consultants: { MENTOR: 'Mentor', COACH: 'Coach', EXAMINER: 'Penguji', SPONSOR: 'Sponsor', OTHER: 'Lainnya' },
  seminarTypes: { RANCANGAN: 'Seminar rancangan', LAPORAN: 'Seminar laporan' },
  seminarOutcomes: {
    BELUM: 'Belum dilaksanakan', DISETUJUI: 'Disetujui', DISETUJUI_DENGAN_PERBAIKAN: 'Disetujui dengan perbaikan',
    DITUNDA: 'Ditunda', TIDAK_DISETUJUI: 'Tidak disetujui',
  },
  milestoneStatuses: { PLANNED: 'Direncanakan', IN_PROGRESS: 'Berjalan', DONE: 'Selesai', DELAYED: 'Terlambat', CANCELLED: 'Dibatalkan' },
  riskTypes: { INTERNAL: 'Internal', EXTERNAL: 'Eksternal' },
  riskLevels: { HIGH: 'tinggi', MEDIUM: 'sedang', LOW: 'rendah' },
  apklCriteria: {
    A: 'Aktual', P: 'Problematik', K: 'Kekhalayakan', L: 'Layak',
  },
  apklCriteriaHints: {
    A: 'Aktual: masih dibicarakan dan belum terselesaikan saat ini.',
    P: 'Problematik: menyimpang dari harapan/standar/aturan dan perlu dicari penyebab serta solusinya.',
    K: 'K = Kekhalayakan (menyangkut hajat hidup orang banyak), bukan “kelayakan”.',
    L: 'Layak: logis, realistis, dan dalam tugas, hak, kewenangan serta tanggung jawab Anda.',
  },
  apklModes: {
    CHECKLIST: 'Daftar periksa (✓/✗ dengan alasan)',
    SCORE_MIN_PER_CRITERION: 'Skor 1–5, lolos jika setiap kriteria mencapai batas minimum',
    SCORE_TOP_N: 'Skor 1–5, lolos N isu dengan total tertinggi',
  },
  usgCriteria: { U: 'Urgency', S: 'Seriousness', G: 'Growth' },
  usgCriteriaHints: {
    U: 'Urgency: seberapa mendesak isu harus ditangani mengingat waktu yang tersedia.',
    S: 'Seriousness: seberapa serius akibatnya bila penanganan ditunda.',
    G: 'Growth: seberapa besar kemungkinan isu memburuk bila dibiarkan.',
  },
  decidedWith: { MENTOR: 'mentor', COACH: 'coach', TEAM: 'tim' },
  yesNo: { yes: 'ya', no: 'tidak', unknown: 'belum' },
} as const;
