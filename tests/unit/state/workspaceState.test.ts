import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import type { OpenedDocument } from '../../../shared/ipc';
import { initialWorkspace, isDirty, saveDisplay, workspaceReducer, type WorkspaceState } from '../../../renderer/src/state/workspaceState';
import { refusalText } from '../../../shared/i18n/notices';

const doc = (over: Partial<OpenedDocument> = {}): OpenedDocument => ({
  docId: 'doc-1',
  fileName: 'a.rancang',
  folder: '/x',
  project: createProject(),
  readOnly: false,
  readOnlyReason: null,
  savedAt: '2026-11-23T07:03:00.000Z',
  fileVersion: 2,
  notices: [],
  ...over,
});
const edit = (s: WorkspaceState, value: string) => workspaceReducer(s, { type: 'command', command: { type: 'title/set', value }, now: Date.now() });

describe('the save status tells the truth', () => {
  it('after opening: saved at the file time; after an edit: pending; while saving: saving', () => {
    let s = workspaceReducer(initialWorkspace(), { type: 'opened', doc: doc() });
    expect(saveDisplay(s)).toEqual({ kind: 'saved', at: '2026-11-23T07:03:00.000Z' });
    s = edit(s, 'Baru');
    expect(isDirty(s)).toBe(true);
    expect(saveDisplay(s).kind).toBe('pending');
    s = workspaceReducer(s, { type: 'saveStarted' });
    expect(saveDisplay(s).kind).toBe('saving');
    const sent = s.history.present;
    s = workspaceReducer(s, { type: 'saveSucceeded', project: sent, savedAt: '2026-11-23T07:05:00.000Z' });
    expect(saveDisplay(s)).toEqual({ kind: 'saved', at: '2026-11-23T07:05:00.000Z' });
  });

  it('an edit made while a save runs is still pending after that save', () => {
    let s = edit(workspaceReducer(initialWorkspace(), { type: 'opened', doc: doc() }), 'Satu');
    s = workspaceReducer(s, { type: 'saveStarted' });
    const sent = s.history.present;
    s = edit(s, 'Dua');
    s = workspaceReducer(s, { type: 'saveSucceeded', project: sent, savedAt: 'x' });
    expect(isDirty(s)).toBe(true);
    expect(saveDisplay(s).kind).toBe('pending');
  });

  it('a failure stays visible until a save succeeds; a conflict is its own state', () => {
    let s = edit(workspaceReducer(initialWorkspace(), { type: 'opened', doc: doc() }), 'X');
    s = workspaceReducer(s, { type: 'saveFailed', error: { ok: false, code: 'WRITE_FAILED', message: 'Gagal menyimpan: ruang disk penuh' } });
    expect(saveDisplay(s)).toMatchObject({ kind: 'failed' });
    s = edit(s, 'XY');
    expect(saveDisplay(s).kind).toBe('failed');
    s = workspaceReducer(s, { type: 'saveFailed', error: { ok: false, code: 'CONFLICT', message: '' } });
    expect(saveDisplay(s).kind).toBe('conflict');
  });

  it('a new project says it was never saved; a read-only document says read-only and ignores edits', () => {
    const fresh = workspaceReducer(initialWorkspace(), { type: 'created', project: createProject() });
    expect(saveDisplay(edit(fresh, 'A')).kind).toBe('neverSaved');
    const ro = workspaceReducer(initialWorkspace(), { type: 'opened', doc: doc({ readOnly: true, readOnlyReason: 'SHARED' }) });
    expect(saveDisplay(ro).kind).toBe('readOnly');
    expect(edit(ro, 'A').history.present.title).toBe('');
    expect(workspaceReducer(ro, { type: 'undo' })).toBe(ro);
  });

  it('a refused command keeps the project and records why', () => {
    const s = workspaceReducer(initialWorkspace(), { type: 'opened', doc: doc() });
    const r = workspaceReducer(s, { type: 'command', command: { type: 'programme/patch', patch: { year: 1800 } }, now: 0 });
    expect(r.history.present).toBe(s.history.present);
    expect(r.refusal?.[0] && refusalText(r.refusal[0])).toMatch(/tahun/);
  });
});
