/**
 * Error codes and their sentences. Indonesian is the language of record (main writes it into
 * every Fail); the renderer may show the English sentence when the UI is in English.
 */
import type { Fail } from './result';

export const ERROR_TEXT = {
  EMPTY_FILE: {
    id: 'Berkas kosong: tidak ada isi yang bisa dibaca.',
    en: 'The file is empty: there is nothing to read.',
  },
  NUL_BYTES: {
    id: 'Berkas berisi byte kosong (NUL), biasanya karena komputer mati saat berkas disimpan. Buka cadangan terakhir.',
    en: 'The file contains NUL bytes, usually because the computer stopped while it was saved. Open the latest backup.',
  },
  INVALID_UTF8: {
    id: 'Berkas bukan teks UTF-8 yang sah; mungkin rusak atau bukan berkas Rancang Perubahan.',
    en: 'The file is not valid UTF-8 text; it may be damaged or not a Rancang Perubahan file.',
  },
  TRUNCATED: {
    id: 'Berkas terpotong: isinya berhenti di tengah jalan, mungkin karena penyimpanan terputus.',
    en: 'The file is cut short: its content stops midway, perhaps because saving was interrupted.',
  },
  NOT_JSON: {
    id: 'Berkas tidak dapat dibaca: isinya bukan data JSON yang sah ({detail}).',
    en: 'The file cannot be read: its content is not valid JSON ({detail}).',
  },
  NOT_RANCANG: {
    id: 'Berkas ini bukan berkas Rancang Perubahan (.rancang); mungkin dibuat aplikasi lain.',
    en: 'This is not a Rancang Perubahan (.rancang) file; another application may have made it.',
  },
  INVALID_PROJECT: {
    id: 'Isi berkas tidak sesuai format Rancang Perubahan: {detail}',
    en: 'The file does not match the Rancang Perubahan format: {detail}',
  },
  FUTURE_VERSION: {
    id: 'Berkas dibuat dengan versi aplikasi yang lebih baru (format {version}). Berkas dibuka hanya-baca dan tidak diubah; perbarui aplikasi untuk menyuntingnya.',
    en: 'The file was made with a newer version of the app (format {version}). It is open read-only and left unchanged; update the app to edit it.',
  },
  FUTURE_VERSION_UNREADABLE: {
    id: 'Berkas dibuat dengan versi aplikasi yang lebih baru (format {version}) dan tidak dapat dibaca versi ini. Perbarui aplikasi.',
    en: 'The file was made with a newer version of the app (format {version}) and this version cannot read it. Update the app.',
  },
  TOO_LARGE: {
    id: 'Berkas terlalu besar ({size}); batasnya {limit}. Berkas tidak dibuka.',
    en: 'The file is too large ({size}); the limit is {limit}. It was not opened.',
  },
  NOT_FOUND: {
    id: 'Berkas tidak ditemukan: {detail}. Mungkin sudah dipindahkan atau dihapus.',
    en: 'File not found: {detail}. It may have been moved or deleted.',
  },
  READ_FAILED: {
    id: 'Berkas tidak dapat dibaca: {detail}',
    en: 'The file could not be read: {detail}',
  },
  WRITE_FAILED: {
    id: 'Gagal menyimpan: {detail}',
    en: 'Saving failed: {detail}',
  },
  CONFLICT: {
    id: 'Berkas telah diubah di luar aplikasi ini sejak dibuka. Penyimpanan dihentikan agar perubahan itu tidak tertimpa.',
    en: 'The file was changed outside this app since it was opened. Saving stopped so those changes are not overwritten.',
  },
  FILE_GONE: {
    id: 'Berkas ini telah dihapus atau dipindahkan di luar aplikasi sejak dibuka, jadi tidak dibuat ulang diam-diam. Simpan sebagai berkas baru bila ingin menyimpannya.',
    en: 'This file was deleted or moved outside the app since it was opened, so it is not silently recreated. Save it as a new file to keep it.',
  },
  FILE_READ_ONLY: {
    id: 'Berkas ini ditandai hanya-baca, jadi tidak ditimpa. Simpan sebagai berkas baru untuk menyimpan perubahan.',
    en: 'This file is marked read-only, so it is not overwritten. Save it as a new file to keep your changes.',
  },
  BACKUP_FAILED: {
    id: 'Proyek tersimpan, tetapi cadangan versi sebelumnya tidak dapat dibuat di folder data aplikasi ({detail}).',
    en: 'The project was saved, but the backup of the previous version could not be made in the app’s data folder ({detail}).',
  },
  DATA_DIR_UNAVAILABLE: {
    id: 'Folder data aplikasi tidak dapat ditulisi ({detail}): pengaturan dan cadangan tidak disimpan sampai masalahnya teratasi. Proyek Anda tetap tersimpan di berkasnya.',
    en: 'The app’s data folder cannot be written ({detail}): settings and backups are not kept until this is fixed. Your project is still saved to its file.',
  },
  READ_ONLY: {
    id: 'Berkas ini dibuka hanya-baca. Gunakan "Sunting salinan" untuk membuat salinan yang dapat disunting.',
    en: 'This file is open read-only. Use "Edit a copy" to make a copy you can edit.',
  },
  UNKNOWN_DOCUMENT: {
    id: 'Dokumen ini sudah ditutup atau tidak dikenal; buka kembali berkasnya.',
    en: 'This document is closed or unknown; open the file again.',
  },
  BAD_ARGS: {
    id: 'Permintaan tidak sah ke proses utama ({detail}).',
    en: 'Invalid request to the main process ({detail}).',
  },
  FORBIDDEN: {
    id: 'Permintaan ditolak: asal permintaan tidak dipercaya.',
    en: 'Request refused: it came from an untrusted origin.',
  },
  CANCELLED: {
    id: 'Dibatalkan.',
    en: 'Cancelled.',
  },
  NOT_A_PICTURE: {
    id: 'Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca; pilih foto atau hasil pindai dalam format PNG/JPG.',
    en: 'This file is not a readable PNG or JPEG picture; choose a photo or scan in PNG/JPG format.',
  },
  EXPORT_FAILED: {
    id: 'Gagal membuat laporan DOCX: {detail}',
    en: 'Could not create the DOCX report: {detail}',
  },
  INTERNAL: {
    id: 'Terjadi kesalahan tak terduga: {detail}',
    en: 'An unexpected error occurred: {detail}',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_TEXT;
export type Lang = 'id' | 'en';

export function errorText(code: ErrorCode, params: Record<string, string | number> = {}, lang: Lang = 'id'): string {
  return ERROR_TEXT[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** A Fail with the Indonesian sentence filled in. */
export function fail(code: ErrorCode, params: Record<string, string | number> = {}, details?: string[]): Fail {
  const f: Fail = { ok: false, code, message: errorText(code, params, 'id') };
  if (Object.keys(params).length) f.params = params;
  if (details?.length) f.details = details;
  return f;
}
