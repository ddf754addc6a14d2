/**
 * What a field shows while the user types: a local draft over the stored value. The draft stays
 * while the user's own commits come back as the new value (their spaces, their half-typed date),
 * and is dropped when the value changes from outside — undo, redo, a reload — so the field never
 * shows stale text over new data.
 */
import { useEffect, useRef, useState } from 'react';

export function useDraft<T>(value: T) {
  const [draft, setDraft] = useState<string | null>(null);
  const committed = useRef(value);
  useEffect(() => {
    if (value !== committed.current) setDraft(null);
    committed.current = value;
  }, [value]);
  /** Call with what is about to be stored, so its echo does not drop the draft. */
  const markCommitted = (stored: T) => {
    committed.current = stored;
  };
  return { draft, setDraft, markCommitted };
}
