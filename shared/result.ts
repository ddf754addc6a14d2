/**
 * Every service call answers with a Result instead of throwing: errors thrown across Electron IPC
 * lose everything but their message, and the UI must always be able to say what went wrong.
 */
import type { ErrorCode } from './errors';
import type { SchemaFinding } from './model/issueMessages';

export type Ok<T> = { ok: true; value: T };
export type Fail = {
  ok: false;
  code: ErrorCode;
  /** Indonesian sentence, ready to show. */
  message: string;
  /** Values the sentence was filled with, so the UI can say it in English too. */
  params?: Record<string, string | number>;
  /** Specific findings, e.g. which fields of a file are wrong (Indonesian, the language of record). */
  details?: string[];
  /** The same findings as codes, worded where they are shown (shared/errors.ts failText). */
  findings?: SchemaFinding[];
};
export type Result<T> = Ok<T> | Fail;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
