/**
 * Text from a file is shown and printed as text, but two kinds of text can still mislead or break
 * a layout: bidirectional overrides (U+202E turns "gnp.exe" into "exe.png" and flips everything
 * after it) and unbroken words thousands of characters long (a 10,000-character word made the page
 * 68,779 px wide, and the DOCX layout's cost grows with the square of a word's length).
 */

/** Embedding, override and isolate controls: they change the order of the text around them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidi controls, for places that cannot isolate a field (file names, the DOCX). */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Longest run of non-space characters printed without a break opportunity. */
export const LONGEST_UNBROKEN = 64;
const ZWSP = '\u200b';

/**
 * Adds an invisible break opportunity (zero-width space) inside words longer than `max`, so the
 * line breaker may wrap them; shorter words are untouched. Never splits a surrogate pair.
 */
export function breakLongWords(text: string, max: number = LONGEST_UNBROKEN): string {
  let out = '';
  let run = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0x200b || c === 0x00a0 || c === 0x3000) {
      run = 0;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a pair: same character
    if (++run > max) {
      out += text.slice(from, i) + ZWSP;
      from = i;
      run = 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
