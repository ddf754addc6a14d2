/**
 * Notices and refusals travel as codes with parameters (over IPC too) and become sentences
 * where they are shown, so the English UI never shows an Indonesian notice.
 */
import { fillIn, SHARED_TEXT, type Lang, type TextParams } from './index';
import type { notices, refusals } from './id/document';
import { findingText, type SchemaFinding } from '../model/issueMessages';

export type NoticeCode = keyof typeof notices;
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
  return fillIn(SHARED_TEXT[lang].notices[n.code], n.params);
}

export function refusalText(r: Refusal, lang: Lang = 'id'): string {
  const params = r.finding ? { ...r.params, detail: findingText(r.finding, lang) } : r.params;
  return fillIn(SHARED_TEXT[lang].refusals[r.code], params);
}
