/**
 * A linear look at a file's JSON structure before JSON.parse and validation build anything: how
 * deep it nests, how long its longest list is and how many objects and lists it holds. A file of
 * 40 MB of `{},` is 13 million objects; building them and validating each took 86 s and 1.4 GB
 * before the list limit refused it. Counted here first, such a file is refused in the time of one
 * pass over its characters, and every file that goes on costs at most a few times JSON.parse.
 */
import { LIMITS } from './limits';

export interface JsonShape {
  depth: number;
  longestList: number;
  containers: number;
}

/** The deepest a project file nests (envelope → project → list → item → nested list → item …). */
export const MAX_JSON_DEPTH = 32;
/** No list in the schema may hold more than this many items. */
export const MAX_LIST_ITEMS = Math.max(LIMITS.stakeholders, LIMITS.milestones, LIMITS.consultations, LIMITS.budgetLines);
/**
 * Objects and lists in a whole file: generous for the schema's largest legal file (every list at
 * its limit would still be far below), small enough that building them is cheap.
 */
export const MAX_JSON_CONTAINERS = 500_000;

export type ShapeProblem = 'depth' | 'list' | 'containers';

/**
 * Scans `text` once. Returns the first bound crossed, or null. Malformed JSON is left for
 * JSON.parse to report; this only counts what it sees.
 */
export function jsonShapeProblem(text: string): ShapeProblem | null {
  // One counter per open container: -1 for an object, the item count for a list.
  const counts: number[] = [];
  let containers = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: jump to its closing quote (an odd run of backslashes escapes the quote).
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return null;
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - k) % 2 === 1) break;
        j++;
      }
      markItem(counts);
      i = j + 1;
      continue;
    }
    if (c === 91 || c === 123) {
      markItem(counts);
      if (++containers > MAX_JSON_CONTAINERS) return 'containers';
      counts.push(c === 91 ? 0 : -1);
      if (counts.length > MAX_JSON_DEPTH) return 'depth';
    } else if (c === 93 || c === 125) {
      counts.pop();
    } else if (c === 44) {
      // A comma in a list starts its next item.
      const top = counts.length - 1;
      if (top >= 0 && counts[top]! >= 0 && ++counts[top]! > MAX_LIST_ITEMS) return 'list';
    } else if (c > 32 && counts.length && counts[counts.length - 1] === 0) {
      markItem(counts);
    }
    i++;
  }
  return null;
}

/** The first value in an empty list makes it hold one item (later items are counted by commas). */
function markItem(counts: number[]): void {
  const top = counts.length - 1;
  if (top >= 0 && counts[top] === 0) counts[top] = 1;
}
