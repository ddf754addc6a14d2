/**
 * Long texts from a file are parsed within bounds decided before parsing: what is over them is
 * kept as plain text with a reason, never a stack overflow or a parser running for minutes.
 * The timeouts are hang guards (the unbounded parser took minutes or threw), not speed checks.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoundedRichText, parseRichText, plainText } from '../../../shared/text/richText';
import { breakLongWords, LONGEST_UNBROKEN, neutraliseBidi } from '../../../shared/text/displaySafe';
import { formattingBudget, withFormattingBudget } from '../../../shared/text/textBounds';

const HANG_GUARD = 60_000;
const allText = (source: string) => plainText(source).replace(/\s+/g, '');

describe('hostile long texts', () => {
  it(
    '8,000 quote markers: no stack overflow, the text kept as plain text',
    () => {
      const source = '>'.repeat(8_000) + ' isi';
      const r = parseBoundedRichText(source);
      expect(r.limited).toBe('depth');
      expect(allText(source)).toBe(source.replace(/\s+/g, ''));
    },
    HANG_GUARD,
  );

  it(
    '100,000 [ then ] at the schema’s longest text: shown as text, not parsed',
    () => {
      const source = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(source.length).toBe(LIMITS.longText);
      const r = parseBoundedRichText(source);
      expect(r.limited).not.toBeNull();
      expect(allText(source)).toBe(source);
    },
    HANG_GUARD,
  );

  it(
    '**_ repeated, in one paragraph and in many',
    () => {
      for (const [source, reason] of [
        ['**_'.repeat(66_000), 'size'],
        [('**_'.repeat(400) + '\n\n').repeat(160), 'constructs'],
      ] as const) {
        const r = parseBoundedRichText(source);
        expect(r.limited).toBe(reason);
        expect(r.blocks.length).toBeGreaterThan(0);
      }
    },
    HANG_GUARD,
  );

  it(
    'lists nested 1,000 deep by markers or by indentation',
    () => {
      const byMarkers = Array.from({ length: 200 }, (_, i) => '- '.repeat(i * 5) + 'x').join('\n');
      const byIndent = Array.from({ length: 500 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n');
      expect(parseBoundedRichText(byMarkers).limited).not.toBeNull();
      expect(parseBoundedRichText(byIndent).limited).not.toBeNull();
    },
    HANG_GUARD,
  );

  it('only the paragraph over a bound loses its formatting; the rest is formatted as before', () => {
    const r = parseBoundedRichText(`Awal **tebal**.\n\n${'['.repeat(500)}\n\nAkhir *miring*.`);
    expect(r.limited).toBe('constructs');
    expect(r.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Awal ' }, { text: 'tebal', bold: true }, { text: '.' }] },
      { kind: 'paragraph', runs: [{ text: '['.repeat(500) }] },
      { kind: 'paragraph', runs: [{ text: 'Akhir ' }, { text: 'miring', italic: true }, { text: '.' }] },
    ]);
  });

  it('a text past the per-text size is formatted up to it and plain after it', () => {
    const para = 'Kalimat dengan **tebal** di dalamnya.';
    const source = Array.from({ length: 2_000 }, () => para).join('\n\n');
    const r = parseBoundedRichText(source);
    expect(r.limited).toBe('size');
    expect(r.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'Kalimat dengan ' }, { text: 'tebal', bold: true }, { text: ' di dalamnya.' }] });
    expect(r.blocks[r.blocks.length - 1]).toEqual({ kind: 'paragraph', runs: [{ text: para }] });
  });
});

describe('ordinary texts are unchanged by the bounds', () => {
  it('a loose list over blank lines stays one list; nested lists and quotes within depth still format', () => {
    expect(parseRichText('1. satu\n\n2. dua\n\n3. tiga')).toEqual([
      { kind: 'list', ordered: true, start: 1, items: [[{ text: 'satu' }], [{ text: 'dua' }], [{ text: 'tiga' }]] },
    ]);
    expect(parseBoundedRichText('- a\n  - b\n    - **c**\n\n> kutipan').limited).toBeNull();
  });
});

describe('one report shares one budget', () => {
  it('texts after the report’s budget print unformatted', () => {
    const text = 'Isi **tebal**.';
    const budget = formattingBudget(text.length * 2);
    const results = withFormattingBudget(budget, () => [1, 2, 3].map(() => parseBoundedRichText(text)));
    expect(results.map((r) => r.limited)).toEqual([null, null, 'size']);
    expect(results[2]!.blocks).toEqual([{ kind: 'paragraph', runs: [{ text }] }]);
    // Outside the report, each text has its own bound again.
    expect(parseBoundedRichText(text).limited).toBeNull();
  });
});

describe('display safety of text that reaches the DOCX', () => {
  it('drops bidi overrides and isolates, keeps everything else', () => {
    expect(neutraliseBidi('foto \u202egnp.exe\u202c dan \u2067x\u2069 \u200fok')).toBe('foto gnp.exe dan x \u200fok');
  });
  it('gives words over 64 characters break opportunities and leaves shorter ones alone', () => {
    const word = 'A'.repeat(10_000);
    const broken = breakLongWords(`awal ${word} akhir`);
    expect(broken.replaceAll('\u200b', '')).toBe(`awal ${word} akhir`);
    expect(Math.max(...broken.split(/[\s\u200b]/).map((w) => w.length))).toBe(LONGEST_UNBROKEN);
    expect(breakLongWords('kata biasa saja')).toBe('kata biasa saja');
    expect(
      breakLongWords('😀'.repeat(100))
        .split('\u200b')
        .every((w) => !/^[\udc00-\udfff]/.test(w)),
    ).toBe(true);
  });
});

describe('a time budget, the bound sizes cannot give', () => {
  // A clock that moves 100 ms each time it is read: deterministic, whatever the machine's speed.
  const ticking = () => {
    let t = 0;
    return () => (t += 100);
  };
  const loose = Array.from({ length: 2_000 }, () => '- x').join('\n\n');

  it('a report text past its time keeps its remaining paragraphs as plain text, and the report counts it', () => {
    const budget = formattingBudget(LIMITS.richText.charsPerReport, ticking());
    const r = withFormattingBudget(budget, () => parseBoundedRichText(loose));
    expect(r.limited).toBe('time');
    expect(budget.timedOut).toBe(1);
    // Some of it was formatted (a list), the rest printed as typed; nothing lost.
    expect(r.blocks[0]!.kind).toBe('list');
    expect(r.blocks.some((b) => b.kind === 'paragraph' && b.runs[0]!.text === '- x')).toBe(true);
    const items = r.blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 1), 0);
    expect(items).toBe(2_000);
  });

  it('once the whole report is past its time, later texts are not formatted at all', () => {
    const budget = formattingBudget(LIMITS.richText.charsPerReport, ticking());
    budget.deadline = 0;
    const r = withFormattingBudget(budget, () => parseBoundedRichText('**tebal** dan *miring*'));
    expect(r.limited).toBe('time');
    expect(r.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: '**tebal** dan *miring*' }] }]);
  });

  it('a text within its time is formatted as before', () => {
    const budget = formattingBudget();
    const r = withFormattingBudget(budget, () => parseBoundedRichText('**tebal** dan *miring*'));
    expect(r.limited).toBeNull();
    expect(budget.timedOut).toBe(0);
  });
});
