/** Long texts compared word by word (jsdiff's diffWords), as runs a screen can mark and a reader can hear. */
import { diffWords } from 'diff';

export type WordRun = { kind: 'same' | 'added' | 'removed'; text: string };

/** Beyond this the word diff gives up and the text counts as replaced whole (bounded time on 200,000 characters). */
const DIFF_TIMEOUT_MS = 1_000;

export function wordDiff(before: string, after: string): WordRun[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const parts = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  return parts.map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

/** Words added and removed, for a one-line summary. */
export function wordCounts(runs: readonly WordRun[]): { added: number; removed: number } {
  const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  let added = 0;
  let removed = 0;
  for (const r of runs) {
    if (r.kind === 'added') added += words(r.text);
    if (r.kind === 'removed') removed += words(r.text);
  }
  return { added, removed };
}
