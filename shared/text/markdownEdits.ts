/**
 * The rich text toolbar's edits on Markdown source: pure functions from (text, selection) to (text,
 * selection), so the textarea only has to apply the result.
 */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

/** Wraps the selection in a marker (** for bold, * for italic), or removes it when already wrapped. */
export function toggleWrap(e: Edit, marker: string): Edit {
  const { text, start, end } = e;
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  if (before.endsWith(marker) && after.startsWith(marker)) {
    return { text: before.slice(0, -marker.length) + selected + after.slice(marker.length), start: start - marker.length, end: end - marker.length };
  }
  if (selected.length > 2 * marker.length && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(marker.length, -marker.length);
    return { text: before + inner + after, start, end: start + inner.length };
  }
  return { text: before + marker + selected + marker + after, start: start + marker.length, end: end + marker.length };
}

const BULLET = /^(\s*)[-*+] /;
const NUMBER = /^(\s*)\d+[.)] /;

/** Turns the selected lines into a bulleted or numbered list, or back into plain lines. */
export function toggleList(e: Edit, ordered: boolean): Edit {
  const { text } = e;
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  // A selection that ends right after a line break does not include the next line.
  const lastChar = e.end > e.start && text[e.end - 1] === '\n' ? e.end - 1 : e.end;
  const nextBreak = text.indexOf('\n', lastChar);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const mine = ordered ? NUMBER : BULLET;
  const allListed = lines.every((l) => l.trim() === '' || mine.test(l));
  let n = 0;
  const changed = lines.map((l) => {
    if (l.trim() === '') return l;
    const bare = l.replace(BULLET, '$1').replace(NUMBER, '$1');
    if (allListed) return bare;
    n++;
    return `${ordered ? `${n}.` : '-'} ${bare}`;
  });
  let block = changed.join('\n');
  let lead = '';
  if (!allListed) {
    // Markdown would read a plain line right after a list item as part of that item ("lazy
    // continuation"), so a new list gets a blank line before and after it.
    const prevLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0));
    const nextLine = text.slice(lineEnd + 1).split('\n')[0] ?? '';
    if (lineStart > 0 && prevLine.trim() !== '' && !BULLET.test(prevLine) && !NUMBER.test(prevLine)) lead = '\n';
    if (lineEnd < text.length && nextLine.trim() !== '' && !BULLET.test(nextLine) && !NUMBER.test(nextLine)) block += '\n';
  }
  const out = text.slice(0, lineStart) + lead + block + text.slice(lineEnd);
  const start = lineStart + lead.length;
  return { text: out, start, end: start + changed.join('\n').length };
}

/**
 * Puts a block (a table, a picture) in place of the selection as a paragraph of its own: a blank
 * line before and after unless the text starts or ends there. `select` picks a part of the block
 * to select afterwards (the table's caption, so the user types its title at once).
 */
export function insertParagraph(e: Edit, block: string, select?: { from: number; to: number }): Edit {
  const before = e.text.slice(0, e.start).replace(/[ \t]+$/, '');
  const after = e.text.slice(e.end).replace(/^[ \t]+/, '');
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const at = before.length + lead.length;
  const text = before + lead + block + trail + after;
  return select ? { text, start: at + select.from, end: at + select.to } : { text, start: at + block.length, end: at + block.length };
}
