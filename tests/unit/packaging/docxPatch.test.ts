/**
 * docx's layout speed-ups are carried as a patch applied at install (patches/, `postinstall`:
 * patch-package) until upstream has them (docs/upstream/docx-layout-speed.md). These checks fail
 * when the patch is not applied, or when docx moves to another version, which is the moment to
 * look upstream again: drop the patch if the new version is as fast, or make it again with
 * scripts/docx-patch/unspread.mjs, then regexLiterals.mjs, and the marked edits. The rewrites are
 * checked on small programs for the cases where the written form could differ from the original.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { unspread } from '../../../scripts/docx-patch/unspread.mjs';
// @ts-expect-error: a plain .mjs build script without types
import { regexLiterals } from '../../../scripts/docx-patch/regexLiterals.mjs';
import { ROOT } from '../helpers';

const PINNED = '9.15.2';
const MARK = 'rancang-perubahan patch docx-layout-speed';
const docxFile = (name: string) => readFileSync(path.join(ROOT, 'node_modules/docx/dist', name), 'utf8');
const RECHECK = `docx is no longer ${PINNED}: re-check upstream whether the layout speed-ups (docs/upstream/docx-layout-speed.md) landed; then drop patches/docx+${PINNED}.patch or make it again for the new version (scripts/docx-patch/unspread.mjs), and update this pin`;

describe('the docx patch', () => {
  it(`is made for the docx version installed and pinned (${PINNED})`, () => {
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/docx/package.json'), 'utf8')).version;
    const declared = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(installed, RECHECK).toBe(PINNED);
    expect(declared.devDependencies.docx, RECHECK).toBe(PINNED);
    expect(existsSync(path.join(ROOT, `patches/docx+${PINNED}.patch`)), RECHECK).toBe(true);
    expect(declared.scripts.postinstall).toBe('patch-package');
  });

  it('is applied: the marker is in both modules and no transpiled spread call is left in them', () => {
    for (const name of ['index.mjs', 'layout.mjs']) {
      const code = docxFile(name);
      expect(code.startsWith(`// ${MARK}`), `${name}: run \`npx patch-package\` (npm ci does)`).toBe(true);
      expect(code.match(/_objectSpread2\(/g)?.length, name).toBe(1); // the helper's definition only
    }
    expect(docxFile('layout.mjs')).toContain('var knownEastAsianFonts = /* @__PURE__ */ new Map();');
    // A long paragraph's lines summed once per page, not every prefix again (the deep-nesting export, issue 17), and the
    // font face looked up without a key string per word.
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: one running sum up to the first line past the room');
    expect(docxFile('layout.mjs')).toContain("rancang-perubahan: looked up by the font's name as given");
    // And two more walks over everything done again per line or per page: the markers of the lines before, the guesses.
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: the markers seen so far are gathered only when');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: the guesses gathered by page in one pass');
    // The pictures hashed for their media names with the platform's SHA-1 instead of one in JavaScript.
    expect(docxFile('index.mjs')).toContain("rancang-perubahan patch docx-layout-speed: the platform's SHA-1");
    // Unindented XML written in one walk, without the tree of resolved elements (checked against docx's own below).
    expect(docxFile('index.mjs')).toContain('var writeUnindented = (data) => {');
    // Regular expressions written as literals, not built through the constructor per character (regexLiterals.mjs).
    for (const name of ['index.mjs', 'layout.mjs']) expect(docxFile(name), name).not.toMatch(/\bRegExp\("(?:[^"\\]|\\.)*"(?:, "[a-z]*")?\)/);
    // Whether the face's name is a cloud font's, and the first character without a glyph, without a string or array per text.
    expect(docxFile('layout.mjs')).toContain('var cloudFontNames = /* @__PURE__ */ new Map();');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: the characters walked in place instead of spread into an array');
    // Whether a paragraph's mark is hidden, asked twice per paragraph, from the mark's w:vanish and its style's, remembered.
    expect(docxFile('layout.mjs')).toContain('var markHiddenByStyle = /* @__PURE__ */ new WeakMap();');
    // A table's row heights kept per measurer as its lines are (the guesses made for them made again), and whether a
    // paragraph holds a page field remembered, instead of worked out again for each block kept with the table and each pass.
    expect(docxFile('layout.mjs')).toContain('var rowHeightsByMeasurer = /* @__PURE__ */ new WeakMap();');
    expect(docxFile('layout.mjs')).toContain('var pageFieldItems = /* @__PURE__ */ new WeakMap();');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: counted in one loop, without a filtered copy and a reducer per element');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: no borders given (most cells, rows and styles), the empty set');
    // A paragraph's rows made for the lines placed on a page, not for all its lines left on every page it goes on to.
    expect(docxFile('layout.mjs')).toContain('var breakEnds = /* @__PURE__ */ new WeakMap();');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: a row for each line, made when asked for');
    // Less garbage per word, run and element read: a word placed in one new line state, heights kept when unchanged, style
    // chains worked out once, property lookups without a closure each, a run's slots cut from its text.
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: a word or picture that goes on the line whole');
    expect(docxFile('layout.mjs')).toContain('var styleChains = /* @__PURE__ */ new WeakMap();');
    expect(docxFile('layout.mjs')).toContain("rancang-perubahan: the text's characters (code points, as its iterator gives them)");
    expect(docxFile('layout.mjs')).toContain('var codePointsIn = (text) => {');
    expect(docxFile('layout.mjs')).toContain('var namedWidths = /* @__PURE__ */ new Map();');
    expect(docxFile('layout.mjs')).toContain(
      "rancang-perubahan: the characters (code points, as the text's iterator gives them) walked by index, and a character",
    );
    // Round 2 (part eight): Latin text's line breaks found without an object per character, text without ligatures measured
    // without arrays, a line's height copied without the rest helper, the footnote references counted only when needed.
    expect(docxFile('layout.mjs')).toContain('var hasCodeUnitFrom768 = (text) => {');
    expect(docxFile('layout.mjs')).toContain('const plainWidthIn = (face, text, font) => {');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: the line made in one object');
    expect(docxFile('layout.mjs')).toContain('rancang-perubahan: counted when a footnote is first read');
    expect(docxFile('layout.mjs')).toContain('var findIn = (elements, name) => {');
    expect(docxFile('layout.mjs')).toContain('var pushedTo = (array, item) => {');
    expect(docxFile('layout.mjs')).toContain('const chosenFaceOf = (font, bold, italic) => {');
    expect(docxFile('layout.mjs')).toContain('var asciiAdvances = /* @__PURE__ */ new WeakMap();');
    expect(docxFile('layout.mjs')).toContain("rancang-perubahan: the mark's properties walked in place");
    expect(docxFile('layout.mjs')).toContain('for (var n in r) if (Object.hasOwn(r, n)) {');
    expect(docxFile('layout.mjs')).toContain("rancang-perubahan: a paragraph's markers gathered in one loop");
    expect(docxFile('layout.mjs')).not.toMatch(/[^\w$.`]find\(childrenOf\(/);
    // The package's files for our own zip with Node's zlib (electron/core/report/zipPackage.ts).
    expect(docxFile('index.mjs')).toContain('static toFiles(file, prettify, overrides = []) {');
    expect(docxFile('index.d.ts')).toContain('static toFiles(');
  });
});

describe('writing transpiled spreads back as object spread', () => {
  // The helper as docx ships it, to compare the rewritten program against the original.
  const helper = docxFile('layout.mjs').match(/function toPropertyKey[\s\S]*?\n}\n[\s\S]*?function _objectSpread2\(e\) \{[\s\S]*?\n}\n/)![0];
  const prelude = docxFile('layout.mjs').match(/\/\/ \\0@oxc-project\+runtime@[\s\S]*?(?=function toPropertyKey)/)?.[0] ?? '';
  const run = (body: string) => new Function(`${prelude}${helper}return ${body}();`)() as unknown;
  const wrapped = (body: string) => `(function () { ${body} })`;
  const describeResult = (o: object) => ({
    keys: Reflect.ownKeys(o).map(String),
    values: Reflect.ownKeys(o).map((k) => String((o as Record<PropertyKey, unknown>)[k])),
    proto: Object.getPrototypeOf(o) === Object.prototype,
    getter: Object.getOwnPropertyDescriptor(o, 'g')?.get !== undefined,
  });

  it.each([
    ['an update', 'const a = { x: 1, y: 2 }; return _objectSpread2(_objectSpread2({}, a), {}, { y: 3, z: 4 });'],
    ['a conditional part', 'const c = true; return _objectSpread2(_objectSpread2({ t: 1 }, c ? { u: 2 } : {}), {}, { v: 3 });'],
    [
      'symbols, numbers and order',
      'const s = Symbol("s"); const a = { b: 1, 2: "two", [s]: 5 }; return _objectSpread2(_objectSpread2({}, a), {}, { 1: "one" });',
    ],
    ['null, undefined and strings', 'return _objectSpread2(_objectSpread2(_objectSpread2(_objectSpread2({}, null), {}, { a: 1 }), undefined), "hi");'],
    ['a getter in a literal', 'return _objectSpread2(_objectSpread2({}, { a: 1 }), {}, { get g() { return 7; } });'],
    [
      'a getter in a spread value',
      'let n = 0; const src = { get g() { return ++n; } }; const out = _objectSpread2({}, src); return _objectSpread2(_objectSpread2({}, out), {}, { n });',
    ],
    ['a __proto__ key', 'const a = JSON.parse(\'{"__proto__": {"p": 1}, "q": 2}\'); return _objectSpread2(_objectSpread2({}, a), {}, { r: 3 });'],
  ])('%s gives the same object', (_name, body) => {
    const { code, count } = unspread(wrapped(body), 'script') as { code: string; count: number };
    expect(count).toBeGreaterThan(0);
    expect(code).not.toMatch(/_objectSpread2\(/);
    expect(describeResult(run(code) as object)).toEqual(describeResult(run(wrapped(body)) as object));
  });

  it("leaves a call alone when it does not have the transpiler's shape", () => {
    const body = 'const target = { kept: 1 }; _objectSpread2(target, { a: 1 }); return target;';
    const { code, count } = unspread(wrapped(body), 'script') as { code: string; count: number };
    expect(count).toBe(0);
    expect(code).toBe(wrapped(body));
  });
});

describe('writing regular expressions built from strings back as literals', () => {
  const run = (body: string) => new Function(`return ${body}();`)() as unknown;
  const wrapped = (body: string) => `(function () { ${body} })`;

  it.each([
    ['a Unicode property class', 'return ["a", "\\u0301", "\\u200b", "é"].map((c) => new RegExp("[\\\\p{Mn}\\\\p{Me}\\\\p{Cf}]", "u").test(c));'],
    ['a slash and flags', 'return [new RegExp("a/b", "gi").source, new RegExp("a/b", "gi").flags, "x A/B a/b".match(new RegExp("a/b", "gi"))];'],
    [
      'a fresh object each time, as before',
      'const f = () => new RegExp("x", "g"); const a = f(); a.test("x"); return [a === f(), a.lastIndex, f().lastIndex];',
    ],
    ['without flags, and called without new', 'return [RegExp("^\\\\d+$").test("123"), new RegExp("(?<y>\\\\d{4})").exec("in 2026").groups.y];'],
    ['after a division', 'const n = 6; return [n/new RegExp("2").source.length, n / new RegExp("3").source];'],
  ])('%s gives the same results', (_name, body) => {
    const { code, count } = regexLiterals(wrapped(body), 'script') as { code: string; count: number };
    expect(count).toBeGreaterThan(0);
    expect(code).not.toMatch(/RegExp\(/);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(wrapped(body))));
  });

  it('leaves patterns that are not string literals alone, and every call in a program that has its own RegExp', () => {
    const dynamic = wrapped('const p = "a"; return new RegExp(p, "u");');
    expect(regexLiterals(dynamic, 'script')).toEqual({ code: dynamic, count: 0 });
    const shadowed = wrapped('const RegExp = (s: string) => s; return new RegExp("a");'.replace(': string', ''));
    expect(regexLiterals(shadowed, 'script')).toEqual({ code: shadowed, count: 0 });
  });
});

describe('XML written in one walk', () => {
  // docx's two walks (resolve, then format) and the one-walk writer of the patch, taken from the installed module.
  const code = docxFile('index.mjs');
  const part = code.slice(code.indexOf('// src/util/xml/stringify.ts'), code.indexOf('var stringifyAttributes'));
  type Write = (data: unknown) => string;
  const { twoWalks, oneWalk } = new Function(`${part}; return { twoWalks: (data) => format(resolve(data, "", 0), "", true), oneWalk: writeUnindented };`)() as {
    twoWalks: Write;
    oneWalk: Write;
  };

  it('writes the same bytes, or throws the same error, for elements of every shape docx writes and a few it never does', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const element = (depth: number): Record<string, unknown> => {
      const name = pick(['w:p', 'w:r', 'w:t', 'a', '']);
      const r = random();
      if (depth > 4 || r < 0.15) return { [name]: pick([`x<&>"'`, 3, undefined, true, null, 'plain', '']) };
      if (r < 0.25) return { [name]: { _attr: { k: pick(['v&', 2, undefined, null]) }, ...(random() < 0.2 ? { _cdata: 'c]]>d' } : {}) } };
      if (r < 0.28) return {};
      // Strings among elements too: the xml package's quirk puts each in the place of the content before it.
      return {
        [name]: Array.from({ length: Math.floor(random() * 5) }, () => {
          const q = random();
          return q < 0.2 ? pick(['s<', 5, false, 'txt']) : q < 0.35 ? { _attr: { 'w:val': pick(['a"b', 1]) } } : element(depth + 1);
        }),
      };
    };
    const outcome = (write: Write, data: unknown) => {
      try {
        return write(data);
      } catch (e) {
        return `threw ${String(e)}`;
      }
    };
    for (let i = 0; i < 3000; i++) {
      const data = element(0);
      expect(outcome(oneWalk, data), JSON.stringify(data)).toBe(outcome(twoWalks, data));
    }
  });
});

/** A small random generator, the same each run, for the equivalence checks below. */
function seeded(seed: number) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  return { random, pick };
}

describe("line breaks found without an object per character (docx's findLineBreaks)", () => {
  // The rules' section of the installed module, with docx's own findLineBreaks (9.15.2, before the patch) beside it.
  const code = docxFile('layout.mjs');
  const part = code.slice(code.indexOf('// src/text-layout/line-break-rules.ts'), code.indexOf('// src/text-layout/text-styles.ts'));
  const ORIGINAL = `(pieces, rules = {}) => {
	var _rules$kinsoku;
	const anywhere = rules.wordWrap === false && pieces.some(({ eastAsian }) => eastAsian);
	const text = pieces.map((piece) => piece.text).join("");
	if (!anywhere && ![...text].some((character) => character.codePointAt(0) > 767) && !text.includes("-")) return new Set();
	const characters = pieces.flatMap(({ text: piece }) => [...piece]);
	const runs = pieces.flatMap(({ text: piece, language, eastAsian }) => [...piece].map(() => ({
		language: kinsokuLanguageOf(language),
		anywhere: rules.wordWrap === false && eastAsian === true
	})));
	const kinsoku = (_rules$kinsoku = rules.kinsoku) !== null && _rules$kinsoku !== void 0 ? _rules$kinsoku : true;
	const lists = new Map([[void 0, NO_KINSOKU]]);
	const listAt = (index) => {
		const { language } = runs[index];
		if (!lists.has(language)) lists.set(language, listOf(language, rules));
		return lists.get(language);
	};
	const breaks = new Set();
	for (let index = 1; index < characters.length; index++) {
		const before = characters[index - 1];
		const after = characters[index];
		if (isExtender(after) || joinsNext$1(before) || GLUE.has(before) || GLUE.has(after)) continue;
		if ((before === ZERO_WIDTH_SPACE || DASHES.has(before) && !/[\\d-]/.test(after) || rules.ideographs !== false && (breaksAround(before) || breaksAround(after)) || runs[index - 1].anywhere && runs[index].anywhere) && !(kinsoku && (listAt(index).noLineStart.has(after) || listAt(index - 1).noLineEnd.has(before)))) breaks.add(index);
	}
	return breaks;
}`;
  type Find = (pieces: unknown[], rules?: unknown) => Set<number>;
  const { patched, original } = new Function(`${part}; return { patched: findLineBreaks, original: ${ORIGINAL} };`)() as { patched: Find; original: Find };

  it('finds the same breaks in text of every script, with hyphens, marks, joiners, glue and surrogates, under every rule', () => {
    const { random, pick } = seeded(11);
    const characters = [
      'a',
      'Z',
      ' ',
      '-',
      '‐',
      '–',
      '—',
      '1',
      'é',
      '\u00A0',
      '\u0300',
      '\u02FF',
      '\u200D',
      '\u200B',
      '\u2060',
      '中',
      '文',
      '、',
      '。',
      '「',
      'ぁ',
      'ー',
      '한',
      '글',
      'ก',
      '😀',
      '\u{1F3FB}',
      '\uD800',
      '\uFE0F',
      '!',
      '(',
      '$',
    ];
    const languages = [undefined, 'id-ID', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR', 'en-US'];
    for (let i = 0; i < 4000; i++) {
      const pieces = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        text: Array.from({ length: Math.floor(random() * 8) }, () => (random() < 0.6 ? pick(['a', 'b', 'c', '-']) : pick(characters))).join(''),
        language: pick(languages),
        eastAsian: pick([undefined, true, false]),
      }));
      const rules = pick([
        undefined,
        {},
        { wordWrap: false },
        { kinsoku: false },
        { ideographs: false },
        { strict: true, lists: { japanese: { noLineStart: 'a' } } },
      ]);
      expect([...patched(pieces, rules)], JSON.stringify({ pieces, rules })).toEqual([...original(pieces, rules)]);
    }
  });
});

describe('text without ligatures measured without arrays (the font file measurer)', () => {
  // The measurer of the installed module, on a made-up face, with its own path for text with ligatures (docx's loop over
  // the glyphs, unchanged) as the reference: a face whose ligatures join nothing measures the same glyphs that way.
  const code = docxFile('layout.mjs');
  const start = code.indexOf('var createFontFileMeasurer = ');
  const source = code.slice(start, code.indexOf('\n};\n', start) + 3);
  type Font = { font: string; size?: number; characterSpacing?: number; scale?: number; kern?: boolean; joins?: boolean };
  type Measurer = { measureWidth: (text: string, font: Font) => number; unknownCharacter: (text: string, font: Font) => string | undefined };
  const create = new Function(
    'isKerned',
    'hasLigatures',
    'takesNoRoom',
    `const DEFAULT_FONT = "F"; const TAB_STOP$1 = 36; const LAST_ASCII = 127; const asciiAdvances = new WeakMap(); ${source}; return createFontFileMeasurer;`,
  )(
    (font: Font) => font.kern === true,
    (font: Font) => font.joins === true,
    (character: string) => character === '\u00AD',
  ) as (faces: unknown[], fallback: unknown) => Measurer;

  it('adds the same advances, kerning and spacing in the same order, to the last bit', () => {
    const { random, pick } = seeded(5);
    const advances = new Map<number, number>();
    const face = {
      name: 'F',
      bold: false,
      italic: false,
      kernsWithLigatures: true,
      glyphOf: (code: number) => (code % 7 === 0 ? 0 : code),
      advanceOfGlyph: (glyph: number) => advances.get(glyph) ?? (advances.set(glyph, random() * 0.9), advances.get(glyph)!),
      kerningOfGlyphs: (a: number, b: number) => (((a * 31 + b) % 13) - 6) / 997,
      join: (glyphs: number[]) => ({ glyphs }),
    };
    const fallback = { measureWidth: (text: string) => text.length * 0.37 };
    const measurer = create([face], fallback);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pick(['a', 'b', 'c', 'F', '\u00AD', 'T', '\u{1F600}', ' ', '\u0007'])).join('');
      const font: Font = {
        font: 'F',
        size: pick([undefined, 11, 12.5]),
        characterSpacing: pick([undefined, 0, 0.3, -0.2]),
        scale: pick([undefined, 90]),
        kern: random() < 0.5,
      };
      const plain = measurer.measureWidth(text, font);
      expect(Object.is(plain, measurer.measureWidth(text, { ...font, joins: true })), JSON.stringify({ text, font })).toBe(true);
    }
  });

  it('finds the first character the face has no advance for, its answers for ASCII kept, as asking the face each time', () => {
    const { random, pick } = seeded(9);
    const face = { name: 'F', bold: false, italic: false, advanceOf: (code: number) => (code % 5 === 0 ? undefined : 0.5) };
    const measurer = create([face], { measureWidth: () => 0 });
    const firstUnknown = (text: string) => [...text].find((c) => c !== '\t' && c !== '\u00AD' && face.advanceOf(c.codePointAt(0)!) === undefined);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(random() * 8) }, () =>
        pick(['a', 'b', 'd', 'F', '\t', '\u00AD', 'P', '\u00FF', '\u0104', '😀', '\u{1F605}']),
      ).join('');
      expect(measurer.unknownCharacter(text, { font: 'F' }), text).toBe(firstUnknown(text));
    }
  });
});

describe('properties looked up without a filtered copy of the elements (findIn, findChild)', () => {
  const code = docxFile('layout.mjs');
  const part = code.slice(code.indexOf('var isObject = '), code.indexOf('var numberOf = '));
  type Look = (x: unknown, name: string) => unknown;
  const { findIn, findChild, viaCopy, childViaCopy } = new Function(
    `${part}; return { findIn, findChild, viaCopy: (elements, name) => find(elements.filter(isObject), name), childViaCopy: (element, name) => find(childrenOf(element), name) };`,
  )() as { findIn: Look; findChild: Look; viaCopy: Look; childViaCopy: Look };

  it('finds what the copy gave, among strings, numbers, nulls, arrays and objects, or nothing', () => {
    const { random, pick } = seeded(3);
    const names = ['w:pPr', 'w:r', 'w:t', '_attr', 'length', 'toString'];
    const item = () =>
      pick<unknown>([
        's',
        0,
        null,
        undefined,
        [],
        [{ 'w:pPr': 1 }],
        { [pick(names)]: random() },
        { [pick(names)]: random(), [pick(names)]: 2 },
        Object.create({ 'w:r': 'inherited' }),
      ]);
    for (let i = 0; i < 3000; i++) {
      const elements = Array.from({ length: Math.floor(random() * 6) }, item);
      const name = pick(names);
      expect(findIn(elements, name)).toBe(viaCopy(elements, name));
      const element = random() < 0.2 ? pick<unknown>([undefined, null, 's', { 'w:pPr': 1 }]) : elements;
      expect(findChild(element, name)).toBe(childViaCopy(element, name));
    }
  });
});

describe("an ASCII character's font slot answered at once (slotOf)", () => {
  // The installed slotOf, and the same without its first answer for ASCII, which is docx's own.
  const code = docxFile('layout.mjs');
  const rules = code.slice(code.indexOf('// src/text-layout/line-break-rules.ts'), code.indexOf('// src/text-layout/text-styles.ts'));
  const from = code.indexOf('var ASCII_FONT_PAST_ASCII = ');
  const to = code.indexOf('\n};\n', code.indexOf('var slotOf = ', from)) + 3;
  const patched = code.slice(from, to);
  const FAST = /\n\tif \(character\.length === 1 && character\.charCodeAt\(0\) <= LAST_ASCII\) return "latin";/;
  type Slot = (character: string, previous: string, format: Record<string, unknown>) => string;
  const slots = (source: string) => new Function(`${rules}; ${source}; return slotOf;`)() as Slot;
  const [withFast, withoutFast] = [slots(patched), slots(patched.replace(FAST, ''))];

  it('is the slot docx gives every character up to U+00FF and a few past it, in runs of every kind of font', () => {
    expect(patched).toMatch(FAST);
    const formats = [
      {},
      { rightToLeft: true },
      { complexScript: true },
      { fontHint: 'eastAsia' },
      { fontHint: 'eastAsia', eastAsianLanguage: 'zh-CN' },
      { font: 'Arial', highAnsiFont: 'Calibri' },
      { font: 'Arial', highAnsiFont: 'arial' },
    ];
    const characters = [...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)), '\u0300', '中', '😀', 'ab'];
    for (const format of formats)
      for (const character of characters)
        for (const previous of ['latin', 'highAnsi', 'eastAsian'])
          expect(withFast(character, previous, format), JSON.stringify({ character, previous, format })).toBe(withoutFast(character, previous, format));
  });
});

describe("a paragraph mark's removal found in place (removedMarkOf)", () => {
  const code = docxFile('layout.mjs');
  const between = (from: string, to: string) => code.slice(code.indexOf(from), code.indexOf(to, code.indexOf(from)));
  const helpers = [
    between('var isObject = ', 'var numberOf = '),
    between('var nameOf$1 = ', 'var isOn = '),
    between('var REMOVALS = ', '\n'),
    between('var removedMarkOf = ', '/**'),
  ].join('\n');
  // docx's own, as it was before the patch.
  const ORIGINAL = `(paragraph) => childrenOf(find(childrenOf(find(contentOf$3(paragraph).filter(isObject), "w:pPr")), "w:rPr")).map(nameOf$1).find((name) => REMOVALS.has(name))`;
  type Of = (paragraph: unknown) => string | undefined;
  const { patched, original } = new Function(`${helpers}; return { patched: removedMarkOf, original: ${ORIGINAL} };`)() as { patched: Of; original: Of };

  it('gives the name docx gave for paragraphs with and without properties, marks and removals', () => {
    const { random, pick } = seeded(13);
    const markPart = () => pick<unknown>(['s', 1, null, [], { 'w:b': {} }, { 'w:del': { _attr: {} } }, { 'w:moveFrom': {} }, { 'w:ins': {} }]);
    const mark = () => pick<unknown>([undefined, {}, 's', Array.from({ length: Math.floor(random() * 4) }, markPart)]);
    const properties = () =>
      pick<unknown>([{}, 'x', Array.from({ length: Math.floor(random() * 3) }, () => pick<unknown>([{ 'w:jc': {} }, { 'w:rPr': mark() }, 'y']))]);
    for (let i = 0; i < 3000; i++) {
      const content = Array.from({ length: Math.floor(random() * 4) }, () => pick<unknown>(['t', { 'w:r': [] }, { 'w:pPr': properties() }]));
      const paragraph = { 'w:p': random() < 0.1 ? pick<unknown>([{}, 'x']) : content };
      expect(patched(paragraph), JSON.stringify(paragraph)).toBe(original(paragraph));
    }
  });
});
