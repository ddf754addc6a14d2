/**
 * The dictionaries, checked as data: every key of Indonesian exists in English (and no extra
 * one), slots match, and no Indonesian sentence is left in English. Types already demand the same
 * keys; this catches what types cannot (a value copied untranslated, a slot renamed in one
 * language) and would catch a dictionary cast to `any`.
 */
import { describe, expect, it } from 'vitest';
import { SHARED_TEXT } from '../../../shared/i18n';
import { en as rendererEn } from '../../../renderer/src/i18n/en';
import { id as rendererId } from '../../../renderer/src/i18n/id';
import { hasNoWords, INDONESIAN_MARKERS, SAME_IN_BOTH } from './sameInBoth';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const SETS = [
  { name: 'renderer', id: flatten(rendererId), en: flatten(rendererEn) },
  { name: 'shared', id: flatten(SHARED_TEXT.id), en: flatten(SHARED_TEXT.en) },
];

const slots = (s: string) => [...s.matchAll(/\{\{?(\w+)\}?\}/g)].map((m) => m[1]).sort();

describe.each(SETS)('the $name dictionary', ({ name, id, en }) => {
  it('has every Indonesian key in English and nothing more', () => {
    expect(
      [...id.keys()].filter((k) => !en.has(k)),
      'missing in en',
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !id.has(k)),
      'only in en',
    ).toEqual([]);
    expect(id.size).toBeGreaterThan(20);
  });

  it('fills the same slots in both languages', () => {
    const differ = [...id].filter(([k, v]) => en.has(k) && slots(v).join() !== slots(en.get(k)!).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('has no English value equal to its Indonesian one unless it is a name or a term used in both', () => {
    const same = [...id].filter(([k, v]) => en.get(k) === v && !hasNoWords(v) && !SAME_IN_BOTH.has(`${name}:${k}`)).map(([k, v]) => `${name}:${k} = ${v}`);
    expect(same).toEqual([]);
  });

  it('has no Indonesian words in English sentences', () => {
    const leaks = [...en].filter(([k, v]) => !SAME_IN_BOTH.has(`${name}:${k}`) && INDONESIAN_MARKERS.test(v)).map(([k, v]) => `${name}:${k} = ${v}`);
    expect(leaks).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('allow only keys that exist (a stale entry would hide nothing but mislead)', () => {
    const known = new Set(SETS.flatMap((set) => [...set.id.keys()].map((k) => `${set.name}:${k}`)));
    expect([...SAME_IN_BOTH].filter((k) => !known.has(k))).toEqual([]);
  });

  it('see an untranslated value and an Indonesian word', () => {
    expect(INDONESIAN_MARKERS.test('Simpan berkas ini')).toBe(true);
    expect(INDONESIAN_MARKERS.test('Save this file')).toBe(false);
    expect(slots('Saved {{time}} of {n}')).toEqual(['n', 'time']);
    expect(hasNoWords('{{what}} {{n}}')).toBe(true);
    expect(hasNoWords('Rp6.920.000,00')).toBe(true);
    expect(hasNoWords('Total: {{total}}')).toBe(false);
  });
});
