/**
 * F6 moves the focus to the next part of the window, Shift+F6 to the one before, as in most
 * desktop programs (Windows' own, Office, browsers): the top bar, the list of sections, the
 * section being edited, and the panels beside it. Without it a keyboard user reached the list of
 * sections from a long section only by Shift+Tab through every field above: 101 presses from the
 * last field of "Isu prioritas (USG)" in the keyboard test.
 *
 * A part of the window is an element marked `data-region`, visible, in document order. The focus
 * lands where the user would continue: the current section in the list (`aria-current`), the
 * heading of the section or panel, else the part's first control. A part marked
 * `data-region="self"` (the page being read) takes the focus itself, so its scroll position stays.
 * Inside a modal dialog F6 does nothing: the dialog keeps the focus until it is closed.
 */
const REGION = 'data-region';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const shown = (el: Element) => el.getClientRects().length > 0;

/** Where the focus lands in a part of the window. */
function landingIn(region: HTMLElement): HTMLElement {
  if (region.getAttribute(REGION) === 'self') return region;
  const current = region.querySelector<HTMLElement>('[aria-current="page"]');
  if (current && shown(current)) return current;
  const heading = [...region.querySelectorAll<HTMLElement>('h1[tabindex], h2[tabindex], h3[tabindex]')].find(shown);
  if (heading) return heading;
  return [...region.querySelectorAll<HTMLElement>(TABBABLE)].find(shown) ?? region;
}

/** The part of the window after (or before) the one holding `active`, going round; none when there is no other. */
function regionAfter(regions: readonly HTMLElement[], active: Element | null, back: boolean): HTMLElement | undefined {
  if (regions.length === 0) return undefined;
  const at = regions.findIndex((r) => active !== null && r.contains(active));
  if (at < 0) return back ? regions[regions.length - 1] : regions[0];
  if (regions.length === 1) return undefined;
  return regions[(at + (back ? regions.length - 1 : 1)) % regions.length];
}

/** Handles F6 / Shift+F6 on `doc`; true when it moved the focus. */
export function cycleRegions(doc: Document, back: boolean): boolean {
  const active = doc.activeElement;
  if (active?.closest('dialog[open], [aria-modal="true"]')) return false;
  const regions = [...doc.querySelectorAll<HTMLElement>(`[${REGION}]`)].filter(shown);
  const next = regionAfter(regions, active, back);
  if (!next) return false;
  const target = landingIn(next);
  // A part without a control of its own (an empty panel) takes the focus itself.
  if (target === next && !next.hasAttribute('tabindex')) next.tabIndex = -1;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

export const isRegionKey = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) => e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey;
