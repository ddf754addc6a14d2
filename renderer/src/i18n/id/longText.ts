/** Tables and pictures inside long texts: the editor's buttons, pasting, and the preview's labels. */
export const longText = {
  tableLabel: 'Tabel:',
  pictureLabel: 'Gambar:',
  noCaption: 'tanpa judul',
  pictureMissing: 'Gambar ini tidak ada lagi dalam proyek.',
  insertPicture: 'Sisipkan gambar…',
  tableCaption: 'Judul tabel',
  pasted: 'Tabel ditempel: {{rows}} baris, {{columns}} kolom. Tulis judulnya pada baris “Tabel:”.',
  pastedCut: 'Tabel ditempel, tetapi dipotong: paling banyak {{rows}} baris, {{columns}} kolom dan {{chars}} karakter per sel.',
  pictureAdded: 'Gambar {{name}} disisipkan. Ubah keterangannya di antara tanda [ dan ].',
  syntax: 'Tabel: tempel dari Excel, Word atau peramban, atau tulis baris | sel | sel |. Gambar: tombol Sisipkan gambar.',
} as const;
