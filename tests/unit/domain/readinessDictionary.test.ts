/** Every readiness finding has a sentence in both languages, with the placeholders its params fill. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { READINESS_CODES } from '../../../shared/domain/readiness';

type Codes = Record<string, string>;
const I18N = path.resolve(import.meta.dirname, '../../../renderer/src/i18n');
// The dictionaries belong to the renderer's TypeScript project, which tests may not import
// statically (composite projects); load them at run time instead.
const load = async (lang: string): Promise<Codes> =>
  ((await import(/* @vite-ignore */ path.join(I18N, lang, 'readiness.ts'))) as { readiness: { codes: Codes } }).readiness.codes;

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('readiness sentences', () => {
  let id: Codes;
  let en: Codes;
  beforeAll(async () => {
    id = await load('id');
    en = await load('en');
  });

  it.each(READINESS_CODES)('%s has an Indonesian and an English sentence with the same placeholders', (code) => {
    expect(id[code]?.trim().length).toBeGreaterThan(10);
    expect(en[code]?.trim().length).toBeGreaterThan(10);
    expect(placeholders(en[code]!)).toEqual(placeholders(id[code]!));
  });

  it('has no sentence for a code the check cannot produce', () => {
    expect(Object.keys(id).sort()).toEqual([...READINESS_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...READINESS_CODES].sort());
  });
});
