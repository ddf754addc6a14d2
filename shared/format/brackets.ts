/**
 * Text put in brackets after a heading ("Jangka pendek (selama pelatihan (±2 bulan))") must not
 * nest brackets: a bracketed part inside becomes a comma clause, "(selama pelatihan, ±2 bulan)".
 */
export function inBrackets(text: string): string {
  const flat = text
    .trim()
    .replace(/\s*\(\s*([^()]*?)\s*\)/g, ', $1')
    .replace(/[()]/g, '')
    .replace(/^,\s*/, '')
    .replace(/\s{2,}/g, ' ');
  return `(${flat})`;
}
