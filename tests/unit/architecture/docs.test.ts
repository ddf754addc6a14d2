/**
 * Comments that point to a document point to one in the repository, at a section it has: a
 * newcomer following "docs/domain.md §5.3" must find §5.3 there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './imports';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOMAIN = readFileSync(path.join(ROOT, 'docs/domain.md'), 'utf8');
const files = ['shared', 'electron', 'renderer', 'scripts', 'tests'].flatMap((d) => sourceFiles(path.join(ROOT, d)));

/** "§5.2–5.4, §9.7" → ["5.2", "5.3", "5.4", "9.7"]; a range expands over its last number. */
function cited(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/docs\/domain\.md((?:,? ?(?:§[\d.]+(?:[–-][\d.]+)?|Appendix [A-Z]\.\d+))+)/g)) {
    for (const ref of m[1]!.matchAll(/§([\d.]+)(?:[–-]([\d.]+))?|Appendix ([A-Z]\.\d+)/g)) {
      if (ref[3]) out.push(`Appendix ${ref[3]}`);
      else if (ref[2]) {
        const [major, from] = ref[1]!.split('.');
        const to = Number(ref[2].split('.').pop());
        for (let i = Number(from); i <= to; i++) out.push(`${major}.${i}`);
      } else out.push(ref[1]!.replace(/\.$/, ''));
    }
  }
  return out;
}

const hasSection = (s: string) =>
  s.startsWith('Appendix') ? DOMAIN.includes(`## ${s}`) : new RegExp(`(#|\\*\\*)\\s*§${s.replace('.', '\\.')}\\b`).test(DOMAIN);

describe('documents cited in comments', () => {
  it('exist in the repository: no comment points to DOMAIN.md, GUIDE.md or TOOLCHAIN.md any more', () => {
    const stale = files
      .map((f) => path.relative(ROOT, f))
      .filter((f) => f !== 'tests/unit/architecture/docs.test.ts')
      .filter((f) => /\b(?<!docs\/)(DOMAIN|GUIDE|TOOLCHAIN)\.md/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(stale).toEqual([]);
  });

  it('name sections docs/domain.md has', () => {
    const refs = files.flatMap((f) => cited(readFileSync(f, 'utf8')).map((s) => ({ f: path.relative(ROOT, f), s })));
    expect(refs.length).toBeGreaterThan(40);
    expect(refs.filter((r) => !hasSection(r.s)).map((r) => `${r.f}: §${r.s}`)).toEqual([]);
  });

  it('the reader of references sees ranges and lists', () => {
    expect(cited('see docs/domain.md §5.2–5.4, §9.7 and docs/domain.md Appendix A.1')).toEqual(['5.2', '5.3', '5.4', '9.7', 'Appendix A.1']);
  });
});
