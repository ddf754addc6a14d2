/**
 * Notices and refusals travel as codes with parameters (over IPC too) and become sentences
 * where they are shown, so the English UI never shows an Indonesian notice.
 */
import { fillIn, SHARED_TEXT, type Lang, type TextParams } from './index';
import type { notices, pictureProblems, refusals } from './id/document';
import { findingText, type SchemaFinding } from '../model/issueMessages';

export type NoticeCode = keyof typeof notices;
type PictureProblemCode = Exclude<keyof typeof pictureProblems, 'where'>;
export interface Notice {
  code: NoticeCode;
  params?: TextParams;
}

export type RefusalCode = keyof typeof refusals;
export interface Refusal {
  code: RefusalCode;
  params?: TextParams;
  /** The schema's finding behind an INVALID_VALUE, worded in the language it is shown in. */
  finding?: SchemaFinding;
}

export const notice = (code: NoticeCode, params?: TextParams): Notice => (params ? { code, params } : { code });
export const refusal = (code: RefusalCode, params?: TextParams): Refusal => (params ? { code, params } : { code });

export function noticeText(n: Notice, lang: Lang = 'id'): string {
  const words = SHARED_TEXT[lang];
  const problem = n.params?.['problem'];
  // A dropped picture's detail is its place and problem, worded here in the language it is shown in.
  const params =
    typeof problem === 'string' && problem in words.pictureProblems && problem !== 'where'
      ? { ...n.params, detail: `${fillIn(words.pictureProblems.where, n.params)}: ${fillIn(words.pictureProblems[problem as PictureProblemCode], n.params)}` }
      : n.params;
  return fillIn(words.notices[n.code], params);
}

export function refusalText(r: Refusal, lang: Lang = 'id'): string {
  const params = r.finding ? { ...r.params, detail: findingText(r.finding, lang) } : r.params;
  return fillIn(SHARED_TEXT[lang].refusals[r.code], params);
}
