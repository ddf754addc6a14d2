/** The reading view: the report as a document in the app, for mentors, examiners and the participant's preview. */
export const reading = {
  open: 'Baca dokumen',
  close: 'Kembali ke penyuntingan',
  toolbar: 'Alat baca dokumen',
  document: 'Dokumen',
  kinds: { rancangan: 'Rancangan', laporan: 'Laporan' },
  search: 'Cari dalam dokumen',
  matches: '{{current}} dari {{total}}',
  previous: 'Temuan sebelumnya',
  next: 'Temuan berikutnya',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  toForm: 'Lihat formulir (hanya-baca)',
  contents: 'Daftar isi',
} as const;
