/** The rich text toolbar's edits on Markdown source. */
import { describe, expect, it } from 'vitest';
import { toggleList, toggleWrap } from '../../../shared/text/markdownEdits';
import { parseRichText } from '../../../shared/text/richText';

describe('bold and italic', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(toggleWrap({ text: 'layanan cepat', start: 8, end: 13 }, '**')).toEqual({ text: 'layanan **cepat**', start: 10, end: 15 });
  });
  it('unwraps when applied again', () => {
    expect(toggleWrap({ text: 'layanan **cepat**', start: 10, end: 15 }, '**')).toEqual({ text: 'layanan cepat', start: 8, end: 13 });
    expect(toggleWrap({ text: 'a *b* c', start: 2, end: 5 }, '*')).toEqual({ text: 'a b c', start: 2, end: 3 });
  });
  it('inserts an empty pair at the caret', () => {
    expect(toggleWrap({ text: 'ab', start: 1, end: 1 }, '*')).toEqual({ text: 'a**b', start: 2, end: 2 });
  });
});

describe('lists', () => {
  const text = 'Pengantar\nSatu\nDua\nPenutup';
  it('numbers the selected lines, set apart by blank lines, and the report reads a list between two paragraphs', () => {
    const r = toggleList({ text, start: 10, end: 18 }, true);
    expect(r.text).toBe('Pengantar\n\n1. Satu\n2. Dua\n\nPenutup');
    expect(r.text.slice(r.start, r.end)).toBe('1. Satu\n2. Dua');
    expect(parseRichText(r.text)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Pengantar' }] },
      { kind: 'list', ordered: true, start: 1, items: [[{ text: 'Satu' }], [{ text: 'Dua' }]] },
      { kind: 'paragraph', runs: [{ text: 'Penutup' }] },
    ]);
  });
  it('turns bullets back into plain lines, and numbers into bullets', () => {
    expect(toggleList({ text: '- a\n- b', start: 0, end: 7 }, false).text).toBe('a\nb');
    expect(toggleList({ text: '1. a\n2. b', start: 0, end: 9 }, false).text).toBe('- a\n- b');
  });
  it('works on the caret’s line alone and leaves blank lines alone', () => {
    expect(toggleList({ text: 'x\ny', start: 3, end: 3 }, false).text).toBe('x\n\n- y');
    expect(toggleList({ text: '- x\ny', start: 5, end: 5 }, false).text).toBe('- x\n- y');
    expect(toggleList({ text: 'a\n\nb', start: 0, end: 4 }, true).text).toBe('1. a\n\n2. b');
  });
  it('does not take the next line when the selection ends on a line break', () => {
    expect(toggleList({ text: 'a\nb', start: 0, end: 2 }, false).text).toBe('- a\n\nb');
  });
});
