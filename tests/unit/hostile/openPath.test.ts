/**
 * The open path (the same reader the app and the headless report use) against the hostile
 * corpus: valid files open, the others are refused with an Indonesian reason, and a file of
 * millions of empty objects is refused by counting, before anything is built. The per-case
 * timeout is a hang guard (such a file took 86 s), not a speed check.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../electron/core/projectFile';
import { jsonShapeProblem } from '../../../shared/model/jsonShape';
import { hostileCorpus } from '../../hostile/corpus';
import { tempDir } from '../helpers';

const ENGINE_TEXT = /Unexpected token|in JSON at position|Maximum call stack|RangeError|TypeError|ENOENT|EACCES|invalid_type|too_big/;

describe('opening the hostile corpus', () => {
  for (const c of hostileCorpus()) {
    it(`${c.id}: ${c.opens ? 'opens' : 'is refused with a reason'}`, async () => {
      const file = path.join(await tempDir(), `${c.id}.rancang`);
      writeFileSync(file, c.text);
      const r = await readProjectFile(file);
      if (c.opens) {
        expect(r.ok, r.ok ? '' : r.message).toBe(true);
      } else {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).not.toMatch(ENGINE_TEXT);
      }
      if (c.class === 'emptyObjects' && !r.ok) expect(r.message).toMatch(/lebih dari .* (butir|lapis|bagian)/);
    }, 120_000);
  }
});

describe('counting the structure before parsing', () => {
  it('counts list items, depth and containers, and skips what is inside strings', () => {
    expect(jsonShapeProblem('{"a":[1,2,3],"b":"[[[[,,,,"}')).toBeNull();
    expect(jsonShapeProblem(`[${'0,'.repeat(1_000)}0]`)).toBe('list');
    expect(jsonShapeProblem(`[${'0,'.repeat(999)}0]`)).toBeNull();
    expect(jsonShapeProblem('['.repeat(33) + ']'.repeat(33))).toBe('depth');
    expect(jsonShapeProblem(`{"s":"\\\\"}`)).toBeNull();
    expect(jsonShapeProblem(`{"s":"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}`)).toBeNull();
    expect(jsonShapeProblem(`[${'[],'.repeat(400).slice(0, -1)}]`)).toBeNull();
    expect(jsonShapeProblem(`{"a":[${'{"b":[{},{}]},'.repeat(900)}{}]}`)).toBeNull();
  });
});
