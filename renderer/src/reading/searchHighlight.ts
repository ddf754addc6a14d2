/**
 * Find in the reading view without touching the document's DOM: matches become Ranges painted
 * through the CSS Custom Highlight API (::highlight), so React's nodes stay as React made them.
 */
const ALL = 'baca-cari';
const CURRENT = 'baca-cari-ini';

export function findRanges(root: HTMLElement, query: string): Range[] {
  const q = query.trim().toLocaleLowerCase('id');
  if (q.length < 2) return [];
  const ranges: Range[] = [];
  // The note marks beside headings and rows are the app's buttons, not the document's words.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.reading-marks') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLocaleLowerCase('id');
    for (let at = text.indexOf(q); at !== -1 && ranges.length < 5_000; at = text.indexOf(q, at + q.length)) {
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + q.length);
      ranges.push(r);
    }
  }
  return ranges;
}

/** Paints all matches and the current one; an empty list clears both. */
export function paint(ranges: Range[], current: number): void {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (!registry) return;
  registry.set(ALL, new Highlight(...ranges));
  const here = ranges[current];
  if (here) registry.set(CURRENT, new Highlight(here));
  else registry.delete(CURRENT);
}

export function clearPaint(): void {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  registry?.delete(ALL);
  registry?.delete(CURRENT);
}

export function reveal(range: Range | undefined): void {
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}
