/** Main's own words: the native menu, the file dialogs and the unsaved-changes question. */
export const menu = {
  file: 'Berkas',
  new: 'Baru',
  open: 'Buka…',
  save: 'Simpan',
  saveAs: 'Simpan Sebagai…',
  export: 'Ekspor Laporan DOCX…',
  quit: 'Keluar',
  edit: 'Edit',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih Semua',
  view: 'Tampilan',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  resetZoom: 'Ukuran Asli',
  fullscreen: 'Layar Penuh',
  help: 'Bantuan',
  about: 'Tentang Rancang Perubahan',
  close: 'Tutup Jendela',
};

export const fileDialogs = {
  open: 'Buka proyek perubahan',
  save: 'Simpan proyek perubahan',
  export: 'Simpan laporan DOCX',
  project: 'Berkas Rancang Perubahan',
  word: 'Dokumen Word',
  picture: 'Pilih gambar',
  pictures: 'Gambar PNG/JPEG',
  exportSlides: 'Simpan bahan tayang PPTX',
  powerpoint: 'Presentasi PowerPoint',
  exportPoster: 'Simpan poster PDF',
  pdf: 'Dokumen PDF',
  cohort: 'Pilih folder berkas peserta',
  cohortSave: 'Simpan rekap kelas',
  cohortReports: 'Pilih folder untuk laporan semua peserta',
  xlsx: 'Buku kerja Excel',
  csv: 'Teks CSV',
  docx: 'Dokumen Word',
  review: 'Impor berkas ulasan',
  wordComments: 'Impor komentar Word',
  reviews: 'Berkas ulasan Rancang Perubahan',
  assessmentTemplate: 'Muat format penilaian',
  assessmentTemplates: 'Format penilaian (JSON atau Excel)',
};

/** When the window stops answering (a hang) or its page dies (a crash): electron/rendererWatch.ts. */
export const rendererDialog = {
  hungMessage: 'Jendela Rancang Perubahan tidak merespons.',
  hungDetail:
    'Tunggu sebentar, atau muat ulang jendela. Yang sudah diketik tetap ada: proyek tersimpan otomatis, dan proyek yang belum pernah disimpan ditawarkan kembali sebagai draf.',
  goneMessage: 'Jendela Rancang Perubahan berhenti secara tak terduga.',
  goneDetail: 'Muat ulang jendela untuk melanjutkan. Proyek tersimpan otomatis, dan proyek yang belum pernah disimpan ditawarkan kembali sebagai draf.',
  reload: 'Muat ulang',
  wait: 'Tunggu',
  close: 'Tutup aplikasi',
};

export const closeDialog = {
  save: 'Simpan',
  discard: 'Jangan simpan',
  cancel: 'Batal',
  message: 'Ada perubahan yang belum disimpan.',
  detail: 'Simpan sebelum menutup? Jika tidak, perubahan sejak penyimpanan terakhir hilang.',
};
