/** Every readiness finding has a sentence in both languages, with the placeholders its params fill. */
import { describe, expect, it } from 'vitest';
import { READINESS_CODES } from '../../../shared/domain/readiness';
import { readiness as en } from '../../../renderer/src/i18n/en/readiness';
import { readiness as id } from '../../../renderer/src/i18n/id/readiness';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('readiness sentences', () => {
  it.each(READINESS_CODES)('%s has an Indonesian and an English sentence with the same placeholders', (code) => {
    const a = id.codes[code];
    const b = en.codes[code];
    expect(a.trim().length).toBeGreaterThan(10);
    expect(b.trim().length).toBeGreaterThan(10);
    expect(placeholders(b)).toEqual(placeholders(a));
  });

  it('has no sentence for a code the check cannot produce', () => {
    expect(Object.keys(id.codes).sort()).toEqual([...READINESS_CODES].sort());
  });
});
