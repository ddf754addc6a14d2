/**
 * A diagnostic the e2e tests and the bench read: how many times each marked component has been
 * committed to the screen (window.__rancangRenders). Counted in an effect, after React commits, so
 * it never runs during render and costs one object increment per commit.
 */
import { useEffect } from 'react';

declare global {
  interface Window {
    __rancangRenders?: Record<string, number>;
  }
}

export function useRenderCount(name: string): void {
  useEffect(() => {
    const counts = (window.__rancangRenders ??= {});
    counts[name] = (counts[name] ?? 0) + 1;
  });
}
