/**
 * Turns schema validation issues into findings a participant can act on — where, what, by code —
 * and findings into sentences in the language they are shown in:
 * "Analisis isu › Isu ke-2 › USG › U: nilai terlalu besar (paling tinggi 5; tertulis 7)".
 * A finding travels with its Fail or Refusal (over IPC too); the Indonesian sentence stays the
 * language of record for logs and the headless command.
 */
import type { z } from 'zod';
import { fillIn, SHARED_TEXT, type Lang } from '../i18n';
import type { schemaWords } from '../i18n/id/schema';

export type SchemaProblem = keyof typeof schemaWords.problems;
type KeyLabel = keyof typeof schemaWords.keys;
type TypeName = keyof typeof schemaWords.types;

export interface SchemaFinding {
  path: (string | number)[];
  problem: SchemaProblem;
  params?: Record<string, string | number>;
}

/** Lists whose items read as "Isu ke-2"; elsewhere a position reads "no. 2". */
const ITEM_LISTS = new Set([
  'issues',
  'causes',
  'gap',
  'indicators',
  'milestones',
  'stakeholders',
  'team',
  'risks',
  'budgetLines',
  'consultations',
  'attachments',
  'holidays',
  'activities',
  'evidence',
  'items',
  'revisionNotes',
  'components',
  'grades',
]);

export function schemaFinding(issue: z.core.$ZodIssue): SchemaFinding {
  const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
  const [problem, params] = problemOf(issue);
  return params ? { path, problem, params } : { path, problem };
}

export function findingText(f: SchemaFinding, lang: Lang = 'id'): string {
  const words = SHARED_TEXT[lang].schemaWords;
  const params = { ...f.params };
  if (typeof params['type'] === 'string') params['type'] = words.types[params['type'] as TypeName] ?? words.types.other;
  for (const k of ['max', 'min', 'input'] as const) if (typeof params[k] === 'number') params[k] = params[k].toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
  return fillIn(words.finding, { where: describePath(f.path, lang), problem: fillIn(words.problems[f.problem], params) });
}

/** The Indonesian sentence of an issue, as before: for logs, details and the headless command. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  return findingText(schemaFinding(issue), 'id');
}

export function describePath(path: readonly (string | number)[], lang: Lang = 'id'): string {
  const words = SHARED_TEXT[lang].schemaWords;
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const parent = path[i - 1];
      const label = parts.length ? parts[parts.length - 1]! : '';
      // "Isu › 2" reads better as "Isu ke-2" (English "Issue 2").
      if (typeof parent === 'string' && ITEM_LISTS.has(parent) && parent in words.keys && label)
        parts[parts.length - 1] = fillIn(words.nth, { label, n: key + 1 });
      else parts.push(fillIn(words.position, { n: key + 1 }));
      return;
    }
    // A field without a label is left out: a raw schema key means nothing to a participant. The
    // criteria letters (USG's U, S, G; APKL's A, P, K, L) are the terms the participant uses.
    if (key in words.keys) parts.push(words.keys[key as KeyLabel]);
    else if (/^[A-Z]$/.test(key)) parts.push(key);
  });
  return parts.join(' › ') || words.file;
}

function problemOf(issue: z.core.$ZodIssue): [SchemaProblem, Record<string, string | number>?] {
  const input = (issue as { input?: unknown }).input;
  const was = typeof input === 'number' && Number.isFinite(input);
  switch (issue.code) {
    case 'invalid_type':
      return ['INVALID_TYPE', { type: issue.expected }];
    case 'too_big':
      if (issue.origin === 'string') return ['TEXT_TOO_LONG', { max: Number(issue.maximum) }];
      if (issue.origin === 'array') return ['TOO_MANY_ITEMS', { max: Number(issue.maximum) }];
      return was ? ['NUMBER_TOO_BIG_WAS', { max: Number(issue.maximum), input }] : ['NUMBER_TOO_BIG', { max: Number(issue.maximum) }];
    case 'too_small':
      if (issue.origin === 'array') return ['TOO_FEW_ITEMS', { min: Number(issue.minimum) }];
      if (issue.origin === 'string') return ['EMPTY'];
      return was ? ['NUMBER_TOO_SMALL_WAS', { min: Number(issue.minimum), input }] : ['NUMBER_TOO_SMALL', { min: Number(issue.minimum) }];
    case 'invalid_value':
      return ['UNKNOWN_VALUE', { values: issue.values.map(String).join(', ') }];
    case 'invalid_format':
      return [issue.message === 'id' ? 'BAD_ID' : 'BAD_FORMAT'];
    case 'custom':
      return [issue.message === 'date' ? 'BAD_DATE' : 'INVALID'];
    default:
      return [issue.message === 'id' ? 'BAD_ID' : 'INVALID'];
  }
}
