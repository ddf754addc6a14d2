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
  requestAnimationFrame(() => { r.textContent = text; });
}

/** Focus an element once React has rendered it (a row just added, a button that moved with its row). */
export function focusLater(selector: string, fallback?: string): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector) ?? (fallback ? document.querySelector<HTMLElement>(fallback) : null);
    el?.focus();
  });
}
