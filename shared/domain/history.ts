/**
 * Undo/redo over whole project snapshots. Snapshots share every untouched branch (the reducer
 * copies only what it changes), so keeping 200 of them costs little even for a large project.
 */
import type { Project } from '../model/types';

export interface History {
  past: Project[];
  present: Project;
  future: Project[];
  /** Coalescing: the key and time of the last recorded change. */
  lastKey: string | null;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
/** Keystrokes on the same field within this window form one undo step. */
export const COALESCE_MS = 1200;

export function startHistory(project: Project): History {
  return { past: [], present: project, future: [], lastKey: null, lastAt: 0 };
}

export function record(h: History, next: Project, key: string | null, now: number): History {
  if (next === h.present) return h;
  if (key !== null && key === h.lastKey && now - h.lastAt < COALESCE_MS) {
    return { ...h, present: next, future: [], lastAt: now };
  }
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo(h: History): History {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), lastKey: null, lastAt: 0 };
}

export const canUndo = (h: History) => h.past.length > 0;
export const canRedo = (h: History) => h.future.length > 0;
