/**
 * A seeded hostile corpus: project files built from the worked example with one kind of attack
 * each, so the open path, the headless report and the renderer can be run against every class.
 * Same seed, same bytes: a failure names a case that can be made again (`hostileCorpus(seed)`).
 * The classes are the ones the adversarial audit found (issue 17); sizes stay under the schema's
 * and the file cap's limits unless a case says it is over on purpose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../shared/model/limits';

export type HostileClass = 'deepNesting' | 'emphasis' | 'links' | 'lists' | 'emptyObjects' | 'fakePictures' | 'rtlZeroWidth' | 'longWords';

export interface HostileCase {
  id: string;
  class: HostileClass;
  /** The file as it would arrive on disk. */
  text: string;
  /** True when the file is valid and must open (as opposed to be refused with a reason). */
  opens: boolean;
}

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/samples/sipantau.rancang');
export const DEFAULT_SEED = 17;

/** mulberry32: a tiny deterministic generator; the corpus must not change between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a raw file is edited in place by path; the decoder is what checks it
type Envelope = { project: Record<string, any> } & Record<string, unknown>;
const base = (): Envelope => JSON.parse(readFileSync(SAMPLE, 'utf8'));

const LONG_TEXTS = ['kataPengantar', 'abstrak', 'latarBelakang', 'ruangLingkup', 'profilOrganisasi'] as const;
const fit = (s: string) => s.slice(0, LIMITS.longText);

/** Puts hostile long texts into `count` narrative fields chosen by the generator. */
function withTexts(rand: () => number, make: (rand: () => number) => string, count: number): string {
  const env = base();
  const fields = [...LONG_TEXTS].sort(() => rand() - 0.5).slice(0, count);
  for (const f of fields) env.project.narrative[f] = fit(make(rand));
  return JSON.stringify(env);
}

const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** A tiny valid PNG's signature followed by noise: passes a signature check, fails decoding. */
function fakePng(rand: () => number, bytes: number): string {
  const b = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  for (let i = 8; i < bytes; i++) b[i] = Math.floor(rand() * 256);
  return b.toString('base64');
}

function fakeJpeg(rand: () => number, bytes: number): string {
  const b = Buffer.alloc(bytes);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(b);
  for (let i = 4; i < bytes - 2; i++) b[i] = Math.floor(rand() * 256);
  b[bytes - 2] = 0xff;
  b[bytes - 1] = 0xd9;
  return b.toString('base64');
}

const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u200f', '\u200b', '\u200d', '\ufeff'];

export function hostileCorpus(seed: number = DEFAULT_SEED): HostileCase[] {
  const rand = random(seed);
  const cases: HostileCase[] = [];
  const add = (cls: HostileClass, name: string, text: string, opens = true) => cases.push({ id: `${cls}-${name}`, class: cls, text, opens });

  // Deep nesting: quote runs, lists nested by markers and by indentation, mixed.
  add(
    'deepNesting',
    'quotes',
    withTexts(rand, (r) => '>'.repeat(int(r, 8_000, 20_000)) + ' isi', 2),
  );
  add(
    'deepNesting',
    'listMarkers',
    withTexts(rand, (r) => Array.from({ length: int(r, 300, 600) }, (_, i) => '- '.repeat(i) + 'x').join('\n'), 2),
  );
  add(
    'deepNesting',
    'listIndent',
    withTexts(rand, (r) => Array.from({ length: int(r, 300, 500) }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'), 2),
  );
  add(
    'deepNesting',
    'mixed',
    withTexts(rand, (r) => Array.from({ length: int(r, 200, 400) }, (_, i) => '> - 1. '.repeat(i % 50) + 'x').join('\n'), 3),
  );

  // Pathological emphasis: unmatched and interleaved delimiters, in one paragraph and many.
  add(
    'emphasis',
    'starUnderscore',
    withTexts(rand, (r) => '**_'.repeat(int(r, 30_000, 66_000)), 2),
  );
  add(
    'emphasis',
    'alternating',
    withTexts(rand, (r) => '*a _'.repeat(int(r, 20_000, 50_000)), 2),
  );
  add(
    'emphasis',
    'manyParagraphs',
    withTexts(rand, (r) => ('**_'.repeat(int(r, 300, 330)) + '\n\n').repeat(200), 5),
  );
  add(
    'emphasis',
    'backticks',
    withTexts(rand, (r) => '`'.repeat(int(r, 5_000, 20_000)) + 'a' + '``x'.repeat(20_000), 2),
  );

  // Links: brackets, half-open links, nested labels.
  add(
    'links',
    'brackets',
    withTexts(rand, () => '['.repeat(100_000) + ']'.repeat(100_000), 2),
  );
  add(
    'links',
    'halfOpen',
    withTexts(rand, (r) => '[a]('.repeat(int(r, 20_000, 50_000)), 2),
  );
  add(
    'links',
    'nested',
    withTexts(
      rand,
      (r) => {
        const n = int(r, 5_000, 30_000);
        return '['.repeat(n) + 'x' + '](y)'.repeat(n);
      },
      2,
    ),
  );
  add(
    'links',
    'manyParagraphs',
    withTexts(rand, () => ('[x]('.repeat(99) + '\n\n').repeat(500), 5),
  );

  // Lists: very long loose and tight lists, numbered and not.
  add(
    'lists',
    'loose',
    withTexts(rand, (r) => Array.from({ length: int(r, 20_000, 40_000) }, () => '- x').join('\n\n'), 3),
  );
  add(
    'lists',
    'tight',
    withTexts(rand, (r) => Array.from({ length: int(r, 20_000, 40_000) }, (_, i) => `${i + 1}. x`).join('\n'), 3),
  );
  add(
    'lists',
    'withinBounds',
    withTexts(rand, () => Array.from({ length: 400 }, () => Array.from({ length: 300 }, (_, i) => '- '.repeat(i % 8) + 'x').join('\n')).join('\n\n'), 5),
  );

  // Huge arrays of empty objects (or numbers) just under the file cap: must be refused fast.
  const under = LIMITS.fileBytes - 100_000 - Buffer.byteLength(JSON.stringify(base()));
  const filler = (item: string) => `${item},`.repeat(Math.floor(under / (item.length + 1))).slice(0, -1);
  add(
    'emptyObjects',
    'stakeholders',
    JSON.stringify(base()).replace('"stakeholders":[', () => `"stakeholders":[${filler('{}')},`),
    false,
  );
  {
    const env = base();
    env.project.extra = [];
    add(
      'emptyObjects',
      'unknownKey',
      JSON.stringify(env).replace('"extra":[]', () => `"extra":[${filler('{}')}]`),
      false,
    );
  }
  {
    const env = base();
    add(
      'emptyObjects',
      'nestedArrays',
      JSON.stringify(env).replace('"milestones":[', () => `"milestones":[${filler('[]')},`),
      false,
    );
  }
  {
    const env = base();
    const deep = int(rand, 100_000, 1_000_000);
    add(
      'emptyObjects',
      'deepArrays',
      JSON.stringify(env).replace('"risks":[', () => `"risks":[${'['.repeat(deep)}${']'.repeat(deep)},`),
      false,
    );
  }

  // Fake pictures: right signature, noise inside; as the logo, as evidence, and the maximum count.
  const picture = (id: string, data: string, mime: string) => ({ id, name: `${id}.png`, mime, data, caption: 'Foto', milestoneId: null });
  {
    const env = base();
    env.project.attachments = [picture('LOGO', fakePng(rand, 4_000), 'image/png')];
    env.project.documentSettings.logoAttachmentId = 'LOGO';
    add('fakePictures', 'logo', JSON.stringify(env));
  }
  {
    const env = base();
    env.project.attachments = [picture('F1', fakeJpeg(rand, 30_000), 'image/jpeg'), picture('F2', fakePng(rand, 10_000), 'image/png')];
    add('fakePictures', 'evidence', JSON.stringify(env));
  }
  {
    const env = base();
    env.project.attachments = Array.from({ length: LIMITS.attachments }, (_, i) => picture(`P${i}`, fakePng(rand, 2_000), 'image/png'));
    add('fakePictures', 'sixty', JSON.stringify(env));
  }

  // RTL overrides and zero-width characters in names, titles and texts.
  const bidi = (r: () => number, s: string) =>
    s
      .split('')
      .map((c) => (r() < 0.2 ? BIDI[int(r, 0, BIDI.length - 1)]! + c : c))
      .join('');
  {
    const env = base();
    env.project.title = bidi(rand, env.project.title);
    env.project.people.participant.name = '\u202egnp.exe Budi';
    env.project.stakeholders = env.project.stakeholders.map((s: Record<string, string>) => ({ ...s, name: bidi(rand, s.name!) }));
    add('rtlZeroWidth', 'names', JSON.stringify(env));
  }
  add(
    'rtlZeroWidth',
    'texts',
    withTexts(rand, (r) => Array.from({ length: 2_000 }, () => bidi(r, 'Kalimat **tebal** biasa. ')).join(''), 3),
  );
  add(
    'rtlZeroWidth',
    'onlyInvisible',
    withTexts(rand, () => '\u200b\u200d\u2060'.repeat(60_000), 2),
  );

  // Long unbroken words everywhere a word can go.
  const word = (n: number) => 'A'.repeat(n);
  {
    const env = base();
    env.project.title = word(LIMITS.title);
    env.project.people.participant.name = word(200);
    env.project.stakeholders = env.project.stakeholders.map((s: Record<string, string>) => ({ ...s, name: word(200), role: word(LIMITS.shortText) }));
    add('longWords', 'shortFields', JSON.stringify(env));
  }
  add(
    'longWords',
    'texts',
    withTexts(rand, (r) => word(int(r, 10_000, LIMITS.longText)), 5),
  );
  return cases;
}

export const HOSTILE_CLASSES: HostileClass[] = ['deepNesting', 'emphasis', 'links', 'lists', 'emptyObjects', 'fakePictures', 'rtlZeroWidth', 'longWords'];

/**
 * One valid file holding the first case of every text class at once (one class per long text),
 * with a fake logo and bidi names: the whole attack surface in one report, for tests that pay a
 * full DOCX export per file.
 */
export function combinedCase(seed: number = DEFAULT_SEED): HostileCase {
  const corpus = hostileCorpus(seed);
  const env = JSON.parse(corpus.find((c) => c.id === 'rtlZeroWidth-names')!.text) as Envelope;
  const sources: string[] = [];
  for (const cls of ['deepNesting', 'emphasis', 'links', 'lists', 'longWords', 'rtlZeroWidth'] as const) {
    const c = corpus.find((k) => k.class === cls && k.id !== 'rtlZeroWidth-names')!;
    const narrative = (JSON.parse(c.text) as Envelope).project.narrative as Record<string, string>;
    const hostile = Object.values(narrative).sort((a, b) => b.length - a.length)[0]!;
    sources.push(hostile);
  }
  const fields = ['kataPengantar', 'abstrak', 'latarBelakang', 'ruangLingkup', 'profilOrganisasi', 'kesimpulan'];
  fields.forEach((f, i) => {
    env.project.narrative[f] = sources[i]!;
  });
  const logo = JSON.parse(corpus.find((c) => c.id === 'fakePictures-logo')!.text) as Envelope;
  env.project.attachments = logo.project.attachments;
  env.project.documentSettings.logoAttachmentId = logo.project.documentSettings.logoAttachmentId;
  return { id: 'combined', class: 'deepNesting', text: JSON.stringify(env), opens: true };
}
