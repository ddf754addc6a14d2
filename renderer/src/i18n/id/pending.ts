/** Values derived from a field whose entry is not valid yet: they wait for it, and say which field. */
export const pending = {
  fieldInRow: '{{field}}, baris {{row}}',
  waiting: 'Menunggu isian yang sah: {{fields}}',
  readiness: 'Pemeriksaan menunggu isian yang sah: {{fields}}. Temuan di bawah memakai nilai sah terakhir yang tersimpan.',
};
