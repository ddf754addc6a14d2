/** "Impor komentar Word": a DOCX the mentor returned with comments, turned into review notes. */
export const wordComments = {
  import: 'Impor komentar Word',
  importHint: 'Pilih dokumen Word (.docx) hasil ekspor aplikasi ini yang dikembalikan mentor dengan komentar; setiap komentar menjadi catatan ulasan.',
  imported: 'Komentar Word dari {{file}} diimpor: {{added}} catatan baru, {{changed}} diperbarui ({{unplaced}} tidak terpetakan).',
  importedNothing: 'Komentar Word dari {{file}} sudah pernah diimpor; tidak ada yang berubah.',
  empty: 'Dokumen {{file}} tidak berisi komentar atau perubahan terlacak.',
  otherProject: 'Dokumen ini diekspor dari proyek lain: semua komentarnya diimpor ke “Tidak terpetakan”.',
  unmarked: 'Dokumen ini bukan hasil ekspor Rancang Perubahan (tidak ada penanda bagian): semua komentarnya diimpor ke “Tidak terpetakan”.',
};
