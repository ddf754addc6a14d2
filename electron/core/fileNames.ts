/** File names suggested from project titles: safe on Windows, macOS and Linux, never a path. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileStem(suggested: string, fallback = 'Proyek Perubahan'): string {
  let stem = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
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
