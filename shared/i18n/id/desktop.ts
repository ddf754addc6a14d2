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
};

export const closeDialog = {
  save: 'Simpan',
  discard: 'Jangan simpan',
  cancel: 'Batal',
  message: 'Ada perubahan yang belum disimpan.',
  detail: 'Simpan sebelum menutup? Jika tidak, perubahan sejak penyimpanan terakhir hilang.',
};
