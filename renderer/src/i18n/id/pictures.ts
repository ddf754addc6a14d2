/** Pictures embedded in the project: the cover logo and photos or scans as evidence. */
export const pictures = {
  logo: 'Logo di sampul',
  logoHint: 'Gambar PNG atau JPG, dicetak di atas nama peserta pada sampul. Gambar besar diperkecil otomatis.',
  downscaled:
    '{{name}} diperkecil agar proyek tetap ringan: dari {{fromWidth}} × {{fromHeight}} piksel ({{fromSize}}) menjadi {{width}} × {{height}} piksel ({{size}}), cukup tajam untuk dicetak.',
  logoNone: 'Belum ada logo.',
  chooseLogo: 'Pilih logo…',
  replaceLogo: 'Ganti logo…',
  removeLogo: 'Hapus logo',
  logoAlt: 'Logo pada sampul: {{name}}',
  evidence: 'Gambar bukti (foto, pindaian)',
  evidenceHint: 'Dimuat di lampiran laporan dengan nomornya sendiri; tabel milestone menyebut nomor itu.',
  evidenceNone: 'Belum ada gambar bukti.',
  addEvidence: 'Tambah gambar bukti…',
  caption: 'Keterangan gambar {{n}}',
  remove: 'Hapus gambar',
  removed: 'Gambar {{name}} dihapus.',
  added: 'Gambar {{name}} ditambahkan.',
  size: '{{width}} × {{height}} piksel, {{kb}} KB',
  budget: 'Gambar dalam proyek: {{used}} dari batas berkas {{limit}}.',
  budgetNearLimit: 'Gambar dalam proyek sudah {{used}} dari batas berkas {{limit}}. Pakai foto yang lebih kecil; berkas di atas batas tidak dapat disimpan.',
  tooMany: 'Sudah {{max}} gambar dalam proyek ini; hapus yang tidak perlu dulu.',
} as const;
