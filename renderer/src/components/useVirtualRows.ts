/**
 * Long lists render only the rows near what is on screen (a project may hold 500 milestones or
 * 300 risks; drawing every row made opening such a section take seconds). The rows that are drawn
 * stay in document order with spacers for the rest, so Tab and Shift+Tab walk the list as before:
 * focusing a row scrolls it into view, which draws the rows after it. The row holding the focus and
 * its neighbours, and rows asked for (a new row, the readiness panel's target), are always drawn.
 * Lists shorter than VIRTUAL_FROM render whole, as before.
 */
import { defaultRangeExtractor, elementScroll, observeElementOffset, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';

/** From this many rows on, a list draws only what is near the screen. */
export const VIRTUAL_FROM = 60;

/** What to draw, in order: a row by its index, or the room the undrawn rows between take. */
export type RowSegment = { index: number } | { gap: number; key: string };

interface Options {
  /** The rows' ids, in order (data-item of each row). */
  ids: readonly string[];
  /** A first guess of a row's height in pixels, corrected as rows are measured. */
  estimate: number;
  /** Rows that must be drawn whatever the scroll position (a row just added, a row asked for). */
  pinned?: readonly (string | null | undefined)[];
}

export interface VirtualRows {
  virtual: boolean;
  segments: RowSegment[];
  /** On the list element (ol, table): finds the scroller and follows the focus. */
  listRef(el: HTMLElement | null): void;
  /** On each drawn row (with data-index): measures its real height. */
  measure(el: Element | null): void;
  onFocus(e: FocusEvent<HTMLElement>): void;
  scrollToId(id: string): void;
}

/** Where the list starts inside its scroller's content. */
const listOffset = (list: HTMLElement, scroller: HTMLElement) => list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;

export function useVirtualRows({ ids, estimate, pinned = [] }: Options): VirtualRows {
  const virtual = ids.length >= VIRTUAL_FROM;
  const [list, setList] = useState<HTMLElement | null>(null);
  const scroller = list?.closest<HTMLElement>('[data-scroll-root]') ?? null;
  // The list's own space between rows (a flex gap), which spacers take part in too. Read once per
  // list element: reading a computed style while rendering forced a style pass on every render.
  const rowGap = useMemo(() => (list ? parseFloat(getComputedStyle(list).rowGap) || 0 : 0), [list]);
  const focusedId = useRef<string | null>(null);
  // The extractor runs inside the virtualiser: it reads the latest ids and pins through a ref.
  const keep = useRef<number[]>([]);
  const indexOf = new Map<string, number>();
  if (virtual) ids.forEach((id, i) => indexOf.set(id, i));
  const keepNow: number[] = [];
  for (const id of [...pinned, focusedId.current]) {
    const i = id ? indexOf.get(id) : undefined;
    if (i === undefined) continue;
    // The focused row's neighbours too, so Tab and Shift+Tab from it land on the next row.
    keepNow.push(i);
    if (id === focusedId.current) keepNow.push(i - 1, i + 1);
  }
  keep.current = keepNow;

  const instance = useRef<{ scrollOffset: number | null; scrollRect: { height: number } | null; getTotalSize(): number } | null>(null);
  const v = useVirtualizer<HTMLElement, Element>({
    count: virtual ? ids.length : 0,
    // A short list draws whole: no scroller to watch, no rows to measure (each forced a layout when a section opened).
    enabled: virtual,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    getItemKey: (i) => ids[i] ?? i,
    overscan: 4,
    gap: rowGap,
    // Offsets are counted from the list's top, wherever the list sits in the scroller.
    observeElementOffset: (instance, cb) =>
      observeElementOffset(instance, (offset, scrolling) => cb(list && scroller ? offset - listOffset(list, scroller) : offset, scrolling)),
    scrollToFn: (offset, options, instance) => elementScroll(offset + (list && scroller ? listOffset(list, scroller) : 0), options, instance),
    rangeExtractor: (range: Range) => {
      // A list wholly below or above the screen (the second lane while the first fills it) draws no row but those kept.
      const at = instance.current;
      const offset = at?.scrollOffset ?? 0;
      const height = at?.scrollRect?.height ?? 0;
      const away = at !== null && height > 0 && (offset + height < -estimate || offset > at.getTotalSize() + estimate);
      const drawn = new Set(away ? [] : defaultRangeExtractor(range));
      for (const i of keep.current) if (i >= 0 && i < range.count) drawn.add(i);
      return [...drawn].sort((a, b) => a - b);
    },
  });

  instance.current = v;
  const segments: RowSegment[] = [];
  if (!virtual) {
    for (let i = 0; i < ids.length; i++) segments.push({ index: i });
  } else {
    // A spacer sits between two of the list's gaps: it is that much shorter than the room it stands for.
    const items = v.getVirtualItems();
    let end = -rowGap;
    for (const item of items) {
      const room = item.start - end - rowGap;
      if (room > 0) segments.push({ gap: Math.max(0, room - rowGap), key: `gap-${item.index}` });
      segments.push({ index: item.index });
      end = item.end;
    }
    const room = v.getTotalSize() - end;
    if (room > 0) segments.push({ gap: Math.max(0, room - rowGap), key: 'gap-end' });
  }

  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const row = e.target.closest<HTMLElement>('[data-item]');
    focusedId.current = row?.dataset['item'] ?? null;
  }, []);
  const latestIds = useRef(ids);
  latestIds.current = ids;
  const scrollToId = useCallback(
    (id: string) => {
      const i = latestIds.current.indexOf(id);
      if (i >= 0 && latestIds.current.length >= VIRTUAL_FROM) v.scrollToIndex(i, { align: 'center' });
    },
    [v],
  );
  return { virtual, segments, listRef: setList, measure: v.measureElement, onFocus, scrollToId };
}
