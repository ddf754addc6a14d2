/**
 * CONTOH — an example template, shipped so the sheet can be tried before the organiser's own
 * template arrives. Its components, weights and grade labels are illustrative only (they echo the
 * predicates LAN's leadership training reports use, not any regulation's numbers); the sheet and
 * its DOCX/PDF say "contoh" wherever it is used.
 */
import { ASSESSMENT_TEMPLATE_FORMAT, AssessmentTemplateSchema, type AssessmentTemplate } from './template';

export const EXAMPLE_TEMPLATE: AssessmentTemplate = AssessmentTemplateSchema.parse({
  format: ASSESSMENT_TEMPLATE_FORMAT,
  name: 'CONTOH Lembar Penilaian Aksi Perubahan (bukan ketentuan resmi)',
  example: true,
  issuer: 'Contoh bawaan Rancang Perubahan — ganti dengan templat dari penyelenggara',
  scoreMin: 0,
  scoreMax: 100,
  components: [
    { id: 'substansi', name: 'Substansi rancangan/laporan', description: 'Ketepatan isu, analisis penyebab, gagasan kreatif dan milestone', weight: 35 },
    { id: 'capaian', name: 'Capaian milestone dan manfaat', description: 'Output jangka pendek dan bukti dukung', weight: 25 },
    { id: 'kepemimpinan', name: 'Kepemimpinan dan kolaborasi', description: 'Pengelolaan tim efektif dan stakeholder', weight: 25 },
    { id: 'penyajian', name: 'Penyajian dan tanya jawab', description: 'Kejelasan paparan dan penguasaan materi', weight: 15 },
  ],
  grades: [
    { label: 'Tidak Memuaskan', min: 0, max: 60 },
    { label: 'Kurang Memuaskan', min: 60.01, max: 70 },
    { label: 'Cukup Memuaskan', min: 70.01, max: 80 },
    { label: 'Memuaskan', min: 80.01, max: 90 },
    { label: 'Sangat Memuaskan', min: 90.01, max: 100 },
  ],
});
