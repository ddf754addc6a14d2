/**
 * Content the participant can add with one keystroke. It goes into an Indonesian report, so it
 * stays Indonesian whatever the interface language. Sources: docs/domain.md §2.3 (evidence seen in
 * reports), §6.1 (obstacles reported by alumni: mutation 37.6%, funding 32.9%, stakeholder
 * support 20.7%), §6.2 (critical success factors), §6.3 (sustainability mechanisms).
 */
export const EVIDENCE_SUGGESTIONS = [
  'Daftar hadir',
  'Notulen rapat',
  'Foto kegiatan',
  'SK',
  'SOP',
  'Surat/nota dinas',
  'Undangan',
  'Tangkapan layar',
  'Berita acara',
  'Laporan',
  'Rekap survei',
  'Berita media',
] as const;

export const RISK_SUGGESTIONS = [
  { type: 'INTERNAL', description: 'Mutasi/rotasi anggota tim efektif selama implementasi' },
  { type: 'INTERNAL', description: 'Keterbatasan anggaran' },
  { type: 'EXTERNAL', description: 'Kurangnya dukungan stakeholder' },
  { type: 'INTERNAL', description: 'Kurangnya perhatian langsung mentor' },
  { type: 'EXTERNAL', description: 'Keterbatasan tenaga dan infrastruktur TI' },
  { type: 'INTERNAL', description: 'Resistensi pegawai terhadap perubahan' },
] as const;

export const CSF_SUGGESTIONS = [
  'Komitmen sponsor dan mentor',
  'Tim efektif yang solid dengan SK',
  'Dukungan dan kolaborasi stakeholder',
  'Regulasi/SOP yang jelas',
  'Anggaran memadai atau desain tanpa biaya',
  'Infrastruktur TI',
  'Komunikasi dan sosialisasi',
  'Konsistensi pemimpin perubahan',
] as const;

export const SUSTAINABILITY_SUGGESTIONS = [
  'SK dan SOP sebagai dasar operasional',
  'Dimasukkan ke Renja/DPA tahun berikutnya',
  'Dashboard dan laporan berkala',
  'Penanggung jawab pengganti bila terjadi mutasi',
  'Replikasi ke unit/daerah lain',
  'Diikutkan kompetisi inovasi',
] as const;

/** Suggestions not yet in the list (compared without case and surrounding spaces). */
export function unusedSuggestions<T extends string>(suggestions: readonly T[], used: readonly string[]): T[] {
  const have = new Set(used.map((u) => u.trim().toLowerCase()));
  return suggestions.filter((s) => !have.has(s.toLowerCase()));
}
