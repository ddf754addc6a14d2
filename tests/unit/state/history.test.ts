import { describe, expect, it } from 'vitest';
import { applyCommand, coalesceKey, type Command } from '../../../shared/domain/commands';
import { canRedo, canUndo, COALESCE_MS, HISTORY_LIMIT, record, redo, startHistory, undo } from '../../../shared/domain/history';
import { createProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { refusalText } from '../../../shared/i18n/notices';

function apply(p: Project, c: Command): Project {
  const r = applyCommand(p, c);
  if (!r.ok) throw new Error(r.errors.map((e) => refusalText(e)).join('; '));
  return r.project;
}

describe('undo/redo history', () => {
  it('undoes and redoes whole steps', () => {
    let h = startHistory(createProject());
    const p0 = h.present;
    h = record(h, apply(h.present, { type: 'title/set', value: 'A' }), 'title', 0);
    h = record(h, apply(h.present, { type: 'person/patch', role: 'mentor', patch: { name: 'M' } }), 'mentor', 5000);
    expect(canUndo(h)).toBe(true);
    h = undo(h);
    expect(h.present.people.mentor.name).toBe('');
    expect(h.present.title).toBe('A');
    h = undo(h);
    expect(h.present).toBe(p0);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present.people.mentor.name).toBe('M');
    expect(canRedo(h)).toBe(false);
  });

  it('merges keystrokes on the same field within the coalescing window into one step', () => {
    let h = startHistory(createProject());
    let t = 0;
    for (const value of ['J', 'Ju', 'Jud', 'Judu', 'Judul']) {
      const cmd: Command = { type: 'title/set', value };
      h = record(h, apply(h.present, cmd), coalesceKey(cmd), (t += 100));
    }
    expect(h.past).toHaveLength(1);
    // A pause starts a new step.
    const cmd: Command = { type: 'title/set', value: 'Judul baru' };
    h = record(h, apply(h.present, cmd), coalesceKey(cmd), t + COALESCE_MS + 1);
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.title).toBe('Judul');
  });

  it('never merges structural changes (add, move, drag) with anything', () => {
    expect(coalesceKey({ type: 'milestone/move', id: 'a', horizon: 'PENDEK', index: 0 })).toBeNull();
    expect(coalesceKey({ type: 'stakeholder/place', id: 'a', which: 'before', power: 1, interest: 1 })).toBeNull();
    expect(coalesceKey({ type: 'list/remove', list: 'risks', id: 'a' })).toBeNull();
  });

  it('a new edit after undo drops the redo branch', () => {
    let h = startHistory(createProject());
    h = record(h, apply(h.present, { type: 'title/set', value: 'A' }), null, 0);
    h = undo(h);
    h = record(h, apply(h.present, { type: 'title/set', value: 'B' }), null, 1);
    expect(canRedo(h)).toBe(false);
    expect(h.present.title).toBe('B');
  });

  it('keeps at most the history limit, and untouched parts stay shared (cheap snapshots)', () => {
    let h = startHistory(createProject());
    for (let i = 0; i < HISTORY_LIMIT + 30; i++) h = record(h, apply(h.present, { type: 'title/set', value: `T${i}` }), null, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.people).toBe(h.present.people);
  });
});
