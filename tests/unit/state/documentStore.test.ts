/** The document store without React: commands, history, coalescing, saving, selectors' inputs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument, SaveResult } from '../../../shared/ipc';
import { createProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import type { Result } from '../../../shared/result';
import { CHECK_PAUSE_MS, DocumentStore, type DocumentApi, type EditPlace } from '../../../renderer/src/state/documentStore';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_MS } from '../../../renderer/src/state/saveScheduler';

/** An in-memory main: records what each save sent; a save can be held open to edit during it. */
class MemoryMain implements DocumentApi {
  saved: Project[] = [];
  unsaved: boolean[] = [];
  hold: Promise<void> | null = null;
  conflictNext = false;
  async saveProject(_docId: string, project: Project): Promise<Result<SaveResult>> {
    if (this.hold) await this.hold;
    if (this.conflictNext) {
      this.conflictNext = false;
      return { ok: false, code: 'CONFLICT', message: 'Berkas diubah di luar aplikasi.' };
    }
    this.saved.push(project);
    return { ok: true, value: { savedAt: new Date().toISOString() } };
  }
  async saveProjectAs(): Promise<Result<OpenedDocument | null>> {
    return { ok: true, value: null };
  }
  async reloadDocument(): Promise<Result<OpenedDocument>> {
    throw new Error('not used');
  }
  async closeDocument(): Promise<Result<null>> {
    return { ok: true, value: null };
  }
  async setOwnership(): Promise<Result<OpenedDocument>> {
    throw new Error('not used');
  }
  drafts = new Map<string, Project>();
  async saveDraft(id: string, project: Project): Promise<Result<null>> {
    this.drafts.set(id, project);
    return { ok: true, value: null };
  }
  async discardDraft(id: string): Promise<Result<null>> {
    this.drafts.delete(id);
    return { ok: true, value: null };
  }
  async setUnsavedChanges(unsaved: boolean): Promise<Result<null>> {
    this.unsaved.push(unsaved);
    return { ok: true, value: null };
  }
}

const opened = (project = createProject({ title: 'Awal' })): OpenedDocument => ({
  docId: 'doc-1',
  fileName: 'a.rancang',
  folder: '/x',
  project,
  readOnly: false,
  readOnlyReason: null,
  savedAt: '2026-11-23T07:03:00.000Z',
  fileVersion: 2,
  notices: [],
});

let clock = 0;
function open(main = new MemoryMain(), place?: () => EditPlace | null) {
  const store = new DocumentStore(main, { kind: 'opened', doc: opened() }, { now: () => clock, place });
  return { store, main };
}
const typeTitle = (store: DocumentStore, text: string) => {
  for (let i = 1; i <= text.length; i++) {
    store.dispatch({ type: 'title/set', value: text.slice(0, i) });
    clock += 100;
  }
};

describe('the document store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000_000;
  });
  afterEach(() => vi.useRealTimers());

  it('applies commands, tells subscribers, and coalesces a typing burst into one undo step', () => {
    const { store } = open();
    const seen = vi.fn();
    store.subscribe(seen);
    typeTitle(store, 'Baru');
    expect(store.project.title).toBe('Baru');
    expect(seen).toHaveBeenCalled();
    expect(store.getSnapshot().dirty).toBe(true);
    clock += 5_000;
    store.dispatch({ type: 'phase/set', value: 'FINAL' });
    store.undo();
    expect(store.project.phase).not.toBe('FINAL');
    expect(store.project.title).toBe('Baru');
    store.undo();
    expect(store.project.title).toBe('Awal');
    expect(store.getSnapshot().canUndo).toBe(false);
    store.redo();
    expect(store.project.title).toBe('Baru');
  });

  it('a refused command changes nothing and says why', () => {
    const { store } = open();
    const before = store.project;
    store.dispatch({ type: 'list/remove', list: 'risks', id: 'no-such-risk' });
    expect(store.project).toBe(before);
  });

  it('undo and redo say where the change they move was made', () => {
    let place: EditPlace = { section: 'ruang-lingkup', field: 'narrative.ruangLingkup', fieldLabel: 'Teks' };
    const { store } = open(new MemoryMain(), () => place);
    store.dispatch({ type: 'title/set', value: 'Lingkup' });
    place = { section: 'faktor-kunci' };
    store.undo();
    expect(store.getSnapshot().lastMove).toMatchObject({
      kind: 'undo',
      place: { section: 'ruang-lingkup', field: 'narrative.ruangLingkup', fieldLabel: 'Teks' },
    });
    store.redo();
    expect(store.getSnapshot().lastMove).toMatchObject({ kind: 'redo', place: { section: 'ruang-lingkup' } });
  });

  it('autosaves after a pause, writing exactly what the screen shows', async () => {
    const { store, main } = open();
    typeTitle(store, 'Judul');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(main.saved.map((p) => p.title)).toEqual(['Judul']);
    expect(store.getSnapshot().dirty).toBe(false);
    expect(store.getSnapshot().lastSave?.kind).toBe('saved');
    expect(main.unsaved).toEqual([true, false]);
  });

  it('continuous typing is on disk within the maximum wait, not only when the typing stops', async () => {
    const { store, main } = open();
    for (let i = 0; i < 60; i++) {
      store.dispatch({ type: 'title/set', value: 'x'.repeat(i + 1) });
      await vi.advanceTimersByTimeAsync(200);
    }
    // 12 s of typing with no pause: saved at least twice during it.
    expect(main.saved.length).toBeGreaterThanOrEqual(2);
    expect(main.saved[0]!.title.length).toBeLessThanOrEqual(Math.ceil(AUTOSAVE_MAX_WAIT_MS / 200) + 1);
  });

  it('an edit made while a save runs is saved after it, not lost', async () => {
    const { store, main } = open();
    let release!: () => void;
    main.hold = new Promise((r) => {
      release = r;
    });
    store.dispatch({ type: 'title/set', value: 'Satu' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(store.getSnapshot().saving).toBe(true);
    clock += 5_000;
    store.dispatch({ type: 'title/set', value: 'Dua' });
    main.hold = null;
    release();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(main.saved.map((p) => p.title)).toEqual(['Satu', 'Dua']);
    expect(store.getSnapshot().dirty).toBe(false);
  });

  it('a conflict stops autosave and opens the conflict question', async () => {
    const { store, main } = open();
    main.conflictNext = true;
    store.dispatch({ type: 'title/set', value: 'A' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(store.getSnapshot().conflictOpen).toBe(true);
    clock += 5_000;
    store.dispatch({ type: 'title/set', value: 'AB' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
    expect(main.saved).toEqual([]);
  });

  it('a never-saved project is kept as a draft (never over a file), and read-only documents refuse edits', async () => {
    const main = new MemoryMain();
    const fresh = new DocumentStore(main, { kind: 'created', project: createProject() }, { now: () => clock });
    fresh.dispatch({ type: 'title/set', value: 'Baru' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(main.saved).toEqual([]);
    expect([...main.drafts.values()].map((p) => p.title)).toEqual(['Baru']);
    expect(fresh.getSnapshot().draftSavedAt).not.toBeNull();
    expect(main.unsaved[0]).toBe(true);
    await fresh.dropDraft();
    expect(main.drafts.size).toBe(0);
    const ro = new DocumentStore(main, { kind: 'opened', doc: { ...opened(), readOnly: true, readOnlyReason: 'SHARED' } }, { now: () => clock });
    const before = ro.project;
    ro.dispatch({ type: 'title/set', value: 'X' });
    expect(ro.project).toBe(before);
    expect(ro.getSnapshot().canUndo).toBe(false);
  });

  it('the checked project follows the typing once it pauses', async () => {
    const { store } = open();
    const first = store.getSnapshot().checked;
    for (const v of ['C', 'Ce', 'Cek']) {
      store.dispatch({ type: 'title/set', value: v });
      await vi.advanceTimersByTimeAsync(CHECK_PAUSE_MS - 50);
      expect(store.getSnapshot().checked).toBe(first);
    }
    await vi.advanceTimersByTimeAsync(50);
    expect(store.getSnapshot().checked).toBe(store.project);
  });

  it('fields holding invalid drafts are listed once each, and cleared', () => {
    const { store } = open();
    const seen = vi.fn();
    store.subscribe(seen);
    store.setInvalidDraft('usg-U-1', 'U (isu 1)');
    store.setInvalidDraft('usg-U-1', 'U (isu 1)');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().invalidDrafts).toEqual([{ key: 'usg-U-1', label: 'U (isu 1)' }]);
    store.setInvalidDraft('usg-U-1', null);
    expect(store.getSnapshot().invalidDrafts).toEqual([]);
  });
});
