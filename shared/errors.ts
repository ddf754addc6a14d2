/**
 * Error codes. A Fail carries its code and parameters; the sentence comes from the dictionary
 * (shared/i18n) in the language it is shown in. `message` keeps the Indonesian sentence, the
 * language of record, for logs, the headless command and the quarantine note.
 */
import { fillIn, SHARED_TEXT, type Lang, type TextParams } from './i18n';
import type { errors, ioReasons } from './i18n/id/errors';
import type { Fail } from './result';
import { findingText } from './model/issueMessages';

export type ErrorCode = keyof typeof errors;
/** Why a disk operation failed, as a code (`params.reason`) that each language words itself. */
export type IoReason = keyof typeof ioReasons;
export type { Lang };

export function errorText(code: ErrorCode, params: TextParams = {}, lang: Lang = 'id'): string {
  const words = SHARED_TEXT[lang];
  const reason = params['reason'];
  const filled = typeof reason === 'string' && reason in words.ioReasons ? { ...params, detail: fillIn(words.ioReasons[reason as IoReason], params) } : params;
  return fillIn(words.errors[code], filled);
}

/** A Fail with the Indonesian sentence filled in. */
export function fail(code: ErrorCode, params: TextParams = {}, details?: string[]): Fail {
  const f: Fail = { ok: false, code, message: errorText(code, params, 'id') };
  if (Object.keys(params).length) f.params = params;
  if (details?.length) f.details = details;
  return f;
}

/** A Fail whose detail is a known reason, worded per language where it is shown. */
export function failFor(code: ErrorCode, reason: IoReason, params: TextParams = {}, details?: string[]): Fail {
  return fail(code, { ...params, reason }, details);
}

/**
 * The sentence of a Fail in the language it is shown in: Indonesian as made, English from its
 * code and parameters, a schema finding worded in that language rather than passed on as text.
 */
export function failText(f: Fail, lang: Lang): string {
  if (lang === 'id') return f.message;
  const first = f.findings?.[0];
  return errorText(f.code, first && f.params?.['detail'] !== undefined ? { ...f.params, detail: findingText(first, lang) } : (f.params ?? {}), lang);
}

/** A Fail's findings, one sentence each, in the language they are shown in. */
export function failDetails(f: Fail, lang: Lang): string[] {
  if (f.findings?.length) return f.findings.map((x) => findingText(x, lang));
  return lang === 'id' ? (f.details ?? []) : [];
}
