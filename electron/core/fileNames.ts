/**
 * File names suggested from project titles: safe on Windows, macOS and Linux, never a path, and
 * never reordered by a bidi control (a title with U+202E would suggest "Laporan\u202Excod.exe",
 * shown as "Laporanexe.docx"). Zero-width characters go too: invisible in a file name.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileStem(suggested: string, fallback = 'Proyek Perubahan'): string {
  let stem = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  if (!stem || RESERVED.test(stem)) stem = fallback;
  return stem;
}

export function withExtension(file: string, ext: string): string {
  return file.toLowerCase().endsWith(`.${ext}`) ? file : `${file}.${ext}`;
}
