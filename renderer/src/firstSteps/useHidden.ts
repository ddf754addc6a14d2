/** A "hide this" choice kept on this computer (not in the project file): guides are per person. */
import { useState } from 'react';

export function useHidden(key: string): [boolean, (hidden: boolean) => void] {
  const [hidden, setHidden] = useState(() => {
    try {
      return localStorage.getItem(key) === '1';
    } catch {
      return false;
    }
  });
  const set = (h: boolean) => {
    setHidden(h);
    try {
      localStorage.setItem(key, h ? '1' : '0');
    } catch {
      /* storage unavailable: the choice lasts this session */
    }
  };
  return [hidden, set];
}
