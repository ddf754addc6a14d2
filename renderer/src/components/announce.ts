/**
 * Spoken confirmations for actions whose result is not where the focus is (a row removed, moved):
 * one polite live region for the whole app.
 */
let region: HTMLElement | null = null;

export function announce(text: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset['testid'] = 'announcer';
    document.body.append(region);
  }
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = '';
  const r = region;
  requestAnimationFrame(() => {
    r.textContent = text;
  });
}

/**
 * Focus an element once React has rendered it (a row just added, a button that moved with its row).
 * First in a microtask: React commits an update made in an event handler in a microtask queued
 * before this one, so the element is there before the next key event is handled — waiting for a
 * frame let a fast typist's first letters land on the button that added the row. An update made
 * after an await (a picture chosen in a dialog) is rendered later, by React's scheduler, so then
 * look again on each frame for a while — unless the user has meanwhile put the focus elsewhere.
 */
const FOCUS_FRAMES = 60;

export function focusLater(selector: string, fallback?: string): void {
  const startedOn = document.activeElement;
  const find = () => document.querySelector<HTMLElement>(selector) ?? (fallback ? document.querySelector<HTMLElement>(fallback) : null);
  const userMovedOn = () => document.activeElement !== startedOn && document.activeElement !== document.body && document.activeElement !== null;
  const tryOnFrame = (left: number) =>
    requestAnimationFrame(() => {
      if (userMovedOn()) return;
      const el = find();
      if (el) el.focus();
      else if (left > 0) tryOnFrame(left - 1);
    });
  queueMicrotask(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else tryOnFrame(FOCUS_FRAMES);
  });
}
