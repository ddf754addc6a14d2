/**
 * The direction a text box takes from its text: that of its first strong letter, as the HTML
 * `dir="auto"` rule decides it, or left to right when it has none.
 *
 * Why not `dir="auto"` itself: on a textarea, Chromium works the direction out again for every
 * line whenever the value is set (React sets it on mount and on every change), which is quadratic in
 * the number of lines. Setting a 40,000-line text took 19.7 s with `dir="auto"` and 31 ms with an
 * explicit `dir` (measured in Debian's Chromium 156, headless shell): a hostile file froze the
 * section for 18 s. Electron ships the same Blink.
 */

/** Letters of the scripts written right to left (bidi classes R and AL). */
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Old_South_Arabian}\p{Script=Avestan}]/u;
/** A strong letter of either direction; marks, digits, punctuation and spaces are not strong. */
const STRONG = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

export function firstStrongDirection(text: string): TextDirection {
  const m = STRONG.exec(text);
  return m && RIGHT_TO_LEFT.test(m[0]) ? 'rtl' : 'ltr';
}
