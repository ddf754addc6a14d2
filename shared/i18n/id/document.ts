/**
 * What opening or editing a document can tell the user. shared/ produces codes and parameters
 * (a Notice, a Refusal); the sentence is made where it is shown, in the UI language.
 */
export const notices = {
  BOM_IGNORED: 'Penanda BOM di awal berkas diabaikan.',
  REVIEW_FUTURE_VERSION:
    'Berkas ulasan dibuat versi aplikasi yang lebih baru (format {version}): dibuka hanya-baca; bagian yang belum dikenal versi ini diabaikan.',
  MIGRATED: 'Berkas format {from} diperbarui ke format {to}; berkas aslinya tidak diubah sampai Anda menyimpan.',
  IDS_REPAIRED: '{count} id ganda ditemukan dan diberi id baru; tidak ada data yang dibuang.',
  PICTURE_DROPPED: '{detail}; gambar ini tidak dimuat, bagian lain berkas dibuka seperti biasa.',
  FUTURE_VERSION:
    'Berkas dibuat dengan versi aplikasi yang lebih baru (format {version}). Berkas dibuka hanya-baca dan tidak diubah; perbarui aplikasi untuk menyuntingnya.',
};

export const refusals = {
  INVALID_VALUE: '{detail}',
  DUPLICATE_ID: 'id ganda: {id}',
  TOO_MANY_ITEMS: 'terlalu banyak butir (batas {max})',
  ITEM_NOT_FOUND: 'butir tidak ditemukan: {id}',
};

export const pictureProblems = {
  where: 'Lampiran gambar ke-{n} ({name})',
  UNREADABLE: 'isi gambar rusak',
  TOO_LARGE: 'gambar terlalu besar',
  WRONG_TYPE: 'bukan gambar {type} yang sah',
  UNDECODABLE: 'gambarnya rusak dan tidak dapat dibuka',
};

/** The product's name by type, for the UI (the report uses the programme's own label). */
export const products = { PROYEK_PERUBAHAN: 'Proyek Perubahan', AKSI_PERUBAHAN: 'Aksi Perubahan' };
