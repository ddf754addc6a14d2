/**
 * The fixed parts (between slots) of every Indonesian sentence of the app's own that English words
 * differently, for the checks that no Indonesian reaches the English UI. Fragments the SIPANTAU
 * sample's own text contains ("Disetujui dengan perbaikan" is also a seminar note in SIPANTAU) are
 * left out: on screen the two cannot be told apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_TEXT } from '../../../shared/i18n';
import { en as rendererEn } from '../../../renderer/src/i18n/en';
import { id as rendererId } from '../../../renderer/src/i18n/id';

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree): Map<string, string> =>
  new Map(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [...leaves(v)].map(([kk, vv]) => [`${k}.${kk}`, vv]))));

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang'), 'utf8');

export function indonesianFragments(): string[] {
  const pairs = [
    [leaves(rendererId), leaves(rendererEn)],
    [leaves(SHARED_TEXT.id), leaves(SHARED_TEXT.en)],
  ] as const;
  const fragments = new Set<string>();
  for (const [id, en] of pairs) {
    for (const [key, value] of id) {
      if (en.get(key) === value) continue;
      for (const part of value.split(/\{\{?\w+\}?\}/)) {
        const words = part.trim();
        // Short fragments ("ke-", "Rp") could occur in the sample's own Indonesian text.
        if (words.split(/\s+/).length >= 3 && words.length >= 16 && !SAMPLE.includes(words)) fragments.add(words);
      }
    }
  }
  return [...fragments];
}
