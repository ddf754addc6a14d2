/**
 * "Take me to the field to fix": the workspace asks for an item and/or field; editors whose rows
 * are collapsed open the requested row (useRevealRequest), then the workspace focuses the element
 * marked data-item / data-field.
 */
import { createContext, useContext } from 'react';

export interface RevealRequest {
  itemId?: string;
  field?: string;
  /** Distinguishes two requests for the same target, so asking again works again. */
  seq: number;
}

export const RevealContext = createContext<RevealRequest | null>(null);

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the requested element inside root. Returns false while it is not rendered yet (the
 * caller retries for a few frames); with `lastTry`, falls back to the item or the section heading.
 */
export function focusRevealTarget(root: HTMLElement, req: RevealRequest, lastTry: boolean): boolean {
  const item = req.itemId ? root.querySelector<HTMLElement>(`[data-item="${CSS.escape(req.itemId)}"]`) : null;
  if (req.itemId && !item && !lastTry) return false;
  const scope = item ?? root;
  const fieldEl = req.field ? scope.querySelector<HTMLElement>(`[data-field="${CSS.escape(req.field)}"]`) : null;
  if (req.field && !fieldEl && !lastTry) return false;
  let target = fieldEl;
  if (target && !target.matches(FOCUSABLE)) target = target.querySelector<HTMLElement>(FOCUSABLE) ?? target;
  if (!target && item) target = item.querySelector<HTMLElement>(FOCUSABLE) ?? item;
  if (!target) target = root.querySelector<HTMLElement>('h2');
  if (!target) return lastTry;
  if (!target.matches(FOCUSABLE) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  // A field kept in a closed popover (the boards' settings) is shown before it is focused.
  const folded = target.closest('details');
  if (folded && !folded.open) folded.open = true;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/** The current request, for editors that decide themselves what to open. */
export function useRevealRequest(): RevealRequest | null {
  return useContext(RevealContext);
}
