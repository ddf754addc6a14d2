/** F6 / Shift+F6 between the parts of the window (./regions.ts says why), for as long as the workspace is shown. */
import { useEffect } from 'react';
import { cycleRegions, isRegionKey } from './regions';

export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isRegionKey(e)) return;
      // The browser's own F6 (to its address bar) has no place in the app's window.
      e.preventDefault();
      cycleRegions(document, e.shiftKey);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
