/** Sentences for the error codes of shared/errors.ts; `{name}` slots are filled from the Fail's params. */
export const errors = {
  EMPTY_FILE: 'Berkas kosong: tidak ada isi yang bisa dibaca.',
  NUL_BYTES: 'Berkas berisi byte kosong (NUL), biasanya karena komputer mati saat berkas disimpan. Buka cadangan terakhir.',
  INVALID_UTF8: 'Berkas bukan teks UTF-8 yang sah; mungkin rusak atau bukan berkas Rancang Perubahan.',
  TRUNCATED: 'Berkas terpotong: isinya berhenti di tengah jalan (baris {line}, kolom {column}), mungkin karena penyimpanan terputus.',
  NOT_JSON: 'Berkas tidak dapat dibaca: isinya rusak di baris {line}, kolom {column} (tanda “{found}” tidak semestinya ada di situ).',
  NOT_RANCANG: 'Berkas ini bukan berkas Rancang Perubahan (.rancang); mungkin dibuat aplikasi lain.',
  INVALID_PROJECT: 'Isi berkas tidak sesuai format Rancang Perubahan: {detail}',
  FUTURE_VERSION:
    'Berkas dibuat dengan versi aplikasi yang lebih baru (format {version}). Berkas dibuka hanya-baca dan tidak diubah; perbarui aplikasi untuk menyuntingnya.',
  FUTURE_VERSION_UNREADABLE: 'Berkas dibuat dengan versi aplikasi yang lebih baru (format {version}) dan tidak dapat dibaca versi ini. Perbarui aplikasi.',
  TOO_LARGE: 'Berkas terlalu besar ({size}); batasnya {limit}. Berkas tidak dibuka.',
  NOT_FOUND: 'Berkas tidak ditemukan: {detail}. Mungkin sudah dipindahkan atau dihapus.',
  READ_FAILED: 'Berkas tidak dapat dibaca: {detail}',
  WRITE_FAILED: 'Gagal menyimpan: {detail}',
  CONFLICT: 'Berkas telah diubah di luar aplikasi ini sejak dibuka. Penyimpanan dihentikan agar perubahan itu tidak tertimpa.',
  READ_ONLY: 'Berkas ini dibuka hanya-baca. Gunakan "Sunting salinan" untuk membuat salinan yang dapat disunting.',
  UNKNOWN_DOCUMENT: 'Dokumen ini sudah ditutup atau tidak dikenal; buka kembali berkasnya.',
  BAD_ARGS: 'Permintaan tidak sah ke proses utama ({detail}).',
  FORBIDDEN: 'Permintaan ditolak: asal permintaan tidak dipercaya.',
  CANCELLED: 'Dibatalkan.',
  NOT_A_PICTURE: 'Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca; pilih foto atau hasil pindai dalam format PNG/JPG.',
  EXPORT_FAILED: 'Gagal membuat laporan DOCX: {detail}',
  PROJECT_TOO_LARGE:
    'Proyek terlalu besar untuk disimpan ({size}; batas berkas {limit}), jadi belum disimpan. Gambar memakai {pictures}: hapus beberapa gambar atau ganti dengan versi yang lebih kecil, mulai dari yang terbesar: {biggest}.',
  OPEN_FAILED: 'Dokumen tidak dapat dibuka: {detail}. Gunakan “Buka folder” lalu buka dengan Word, LibreOffice atau WPS.',
  EXPORT_PDF_FAILED: 'Gagal membuat laporan PDF: {detail}',
  EXPORT_SLIDES_FAILED: 'Gagal membuat bahan tayang PPTX: {detail}',
  EXPORT_POSTER_FAILED: 'Gagal membuat poster: {detail}',
  FILE_GONE:
    'Berkas ini telah dihapus atau dipindahkan di luar aplikasi sejak dibuka, jadi tidak dibuat ulang diam-diam. Simpan sebagai berkas baru bila ingin menyimpannya.',
  FILE_READ_ONLY: 'Berkas ini ditandai hanya-baca, jadi tidak ditimpa. Simpan sebagai berkas baru untuk menyimpan perubahan.',
  BACKUP_FAILED: 'Proyek tersimpan, tetapi cadangan versi sebelumnya tidak dapat dibuat di folder data aplikasi ({detail}).',
  DATA_DIR_UNAVAILABLE:
    'Folder data aplikasi tidak dapat ditulisi ({detail}): pengaturan dan cadangan tidak disimpan sampai masalahnya teratasi. Proyek Anda tetap tersimpan di berkasnya.',
  INTERNAL: 'Terjadi kesalahan tak terduga: {detail}',
  TOO_MANY_VERSIONS:
    'Berkas berisi {count} versi beku, lebih dari batas {limit}. Berkas tidak dibuka dan tidak diubah; buka dengan versi aplikasi yang membuatnya lalu hapus versi lama.',
  VERSION_LIMIT: 'Sudah ada {count} versi beku, batasnya {limit}. Hapus versi lama di panel Versi sebelum membekukan versi baru.',
  VERSIONS_TOO_LARGE:
    'Proyek bersama versi bekunya menjadi {size}, melebihi batas berkas {limit}, jadi belum disimpan. Versi beku memakai {versions}: hapus versi lama di panel Versi.',
  VERSION_NOT_FOUND: 'Versi ini tidak ada lagi di berkas.',
  VERSION_DAMAGED: 'Versi ini rusak di dalam berkas dan tidak dapat ditampilkan; versi lain tidak terpengaruh.',
  NOT_SAVED_YET: 'Proyek belum disimpan ke berkas. Simpan dulu, lalu bekukan versinya.',
  BACKUP_NOT_FOUND: 'Cadangan ini tidak ada lagi di folder data aplikasi.',
};

/**
 * Why a disk operation failed, by Node's errno code. A Fail carries the reason as a code
 * (`params.reason`) and the sentence fills `{detail}` with it in the language it is shown in.
 */
export const ioReasons = {
  NO_WRITE_PERMISSION: 'tidak ada izin menulis di folder ini, atau berkas sedang dikunci program lain',
  NO_WRITE_PERMISSION_WORD: 'tidak ada izin menulis di folder ini, atau berkas sedang dibuka program lain (tutup dulu di Word)',
  NO_READ_PERMISSION: 'tidak ada izin membaca berkas ini',
  DISK_FULL: 'ruang disk penuh',
  READ_ONLY_PLACE: 'lokasi ini hanya-baca',
  FOLDER_GONE: 'folder tujuan tidak ada lagi',
  TARGET_FOLDER_MISSING: 'folder tujuan tidak ada',
  TARGET_IS_FOLDER: 'tujuan adalah folder, bukan berkas',
  CHOSE_FOLDER: 'yang dipilih adalah folder',
  HEADER_DAMAGED: 'kepala berkas rusak',
  MIGRATION_FAILED: 'migrasi dari format {version} gagal ({detail})',
};
