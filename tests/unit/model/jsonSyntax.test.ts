/** A damaged file is described by line and column in Indonesian, never in JSON.parse's English. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/errors';
import { decodeProjectText } from '../../../shared/model/envelope';
import { findJsonSyntaxProblem } from '../../../shared/model/jsonSyntax';
import { SAMPLE } from '../helpers';

const sample = readFileSync(SAMPLE, 'utf8');
const pretty = JSON.stringify(JSON.parse(sample), null, 2);

describe('where a JSON text goes wrong', () => {
  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' 0 ', '""', '{"a":{"b":[]}}']) {
      expect(findJsonSyntaxProblem(t)).toBeNull();
    }
  });

  it('names line and column of the first wrong character', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 12 "b": 1\n}')).toEqual({ kind: 'unexpected', line: 2, column: 11, found: '"' });
    expect(findJsonSyntaxProblem('{"a": tru}')).toEqual({ kind: 'unexpected', line: 1, column: 10, found: '}' });
    expect(findJsonSyntaxProblem('{"a": 1,}')).toEqual({ kind: 'unexpected', line: 1, column: 9, found: '}' });
    expect(findJsonSyntaxProblem('{"a": 1} x')).toEqual({ kind: 'unexpected', line: 1, column: 10, found: 'x' });
  });

  it('a text cut anywhere is "cut short", with the place, for every cut of a real file', () => {
    const step = Math.max(1, Math.floor(pretty.length / 400));
    for (let cut = 1; cut < pretty.length - 1; cut += step) {
      const text = pretty.slice(0, cut);
      if (text.trim() === '') continue;
      const r = decodeProjectText(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect([r.code, cut]).toEqual(['TRUNCATED', cut]);
      expect(r.message).toMatch(/^Berkas terpotong: .*\(baris \d+, kolom \d+\)/);
    }
  });

  it('any one character changed: JSON.parse and the scanner agree, and the message is Indonesian with a place', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const junk = '{}[]",:x0-.e \n\\';
    for (let k = 0; k < 300; k++) {
      const at = rand(pretty.length);
      const text = pretty.slice(0, at) + junk[rand(junk.length)] + pretty.slice(at + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const problem = findJsonSyntaxProblem(text);
      expect(problem === null).toBe(parses);
      if (parses) continue;
      const r = decodeProjectText(text);
      if (r.ok) continue;
      expect(r.message).not.toMatch(/JSON at position|Unexpected|Expected/);
      expect(r.message).toMatch(/baris \d+, kolom \d+/);
    }
  });

  it('the English message has the place too', () => {
    const r = decodeProjectText('{"format": "rancang-perubahan", "x": 12 12}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('NOT_JSON');
    expect(r.message).toBe('Berkas tidak dapat dibaca: isinya rusak di baris 1, kolom 41 (tanda “1” tidak semestinya ada di situ).');
    expect(errorText(r.code, r.params, 'en')).toBe('The file cannot be read: its content is damaged at line 1, column 41 (“1” does not belong there).');
  });
});
