/**
 * The selector that decides which derived values are pending, fed by a real DocumentStore's
 * invalid drafts: a budget line's total waits for its own volume or unit price, a group's total
 * for its lines only, the grand total for any; a USG total for its row, every rank for any score.
 */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { DocumentStore, type DocumentApi } from '../../../renderer/src/state/documentStore';
import { allPendingFields, pendingDrafts, pendingFields } from '../../../renderer/src/state/pending';

const done = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const api: DocumentApi = {
  saveProject: () => done({ savedAt: new Date().toISOString() }),
  saveProjectAs: () => done(null),
  reloadDocument: () => Promise.reject(new Error('not used')),
  closeDocument: () => done(null),
  setUnsavedChanges: () => done(null),
  setOwnership: () => Promise.reject(new Error('not used')),
  saveDraft: () => done(null),
  discardDraft: () => done(null),
};

function storeWith(project: Project = createProject({ title: 'Anggaran' })) {
  return new DocumentStore(api, {
    kind: 'opened',
    doc: { docId: 'd', fileName: 'a.rancang', folder: '/x', project, readOnly: false, readOnlyReason: null, savedAt: null, fileVersion: 3, notices: [] },
  });
}

const BUDGET = { list: 'budgetLines', fields: ['volume', 'unitCost'] } as const;
const RANKS = { list: 'issues', fields: ['usg.', 'apkl.'] } as const;

describe('pending derived values', () => {
  it('a budget line waits for its own amounts; a group for its lines; the grand total for any', () => {
    const store = storeWith();
    const drafts = () => store.getSnapshot().invalidDrafts;
    expect(pendingFields(drafts(), BUDGET)).toBe('');

    store.setInvalidDraft('vol-3', 'Volume, baris 3', { list: 'budgetLines', itemId: 'L3', field: 'volume' });
    expect(pendingFields(drafts(), { ...BUDGET, itemId: 'L3' })).toBe('Volume, baris 3');
    expect(pendingFields(drafts(), { ...BUDGET, itemId: 'L1' })).toBe('');
    expect(pendingFields(drafts(), { ...BUDGET, itemIds: new Set(['L1', 'L2']) })).toBe('');
    expect(pendingFields(drafts(), { ...BUDGET, itemIds: new Set(['L2', 'L3']) })).toBe('Volume, baris 3');
    expect(pendingFields(drafts(), BUDGET)).toBe('Volume, baris 3');

    // A text field of the same row (say, a unit) holding something odd is not an amount.
    store.setInvalidDraft('unit-3', 'Satuan, baris 3', { list: 'budgetLines', itemId: 'L3', field: 'unit' });
    expect(pendingFields(drafts(), BUDGET)).toBe('Volume, baris 3');
    store.setInvalidDraft('cost-1', 'Harga satuan, baris 1', { list: 'budgetLines', itemId: 'L1', field: 'unitCost' });
    expect(pendingFields(drafts(), BUDGET)).toBe('Volume, baris 3; Harga satuan, baris 1');
    expect(allPendingFields(drafts())).toBe('Volume, baris 3; Satuan, baris 3; Harga satuan, baris 1');

    // Finishing the entry ("3 x 20"): nothing waits any more.
    store.setInvalidDraft('vol-3', null);
    store.setInvalidDraft('cost-1', null);
    store.setInvalidDraft('unit-3', null);
    expect(pendingFields(drafts(), BUDGET)).toBe('');
    expect(allPendingFields(drafts())).toBe('');
  });

  it("a USG total waits for its row's scores; every rank for any USG or APKL score", () => {
    const store = storeWith();
    const drafts = () => store.getSnapshot().invalidDrafts;
    store.setInvalidDraft('u2', 'U untuk isu 2', { list: 'issues', itemId: 'I2', field: 'usg.U' });
    expect(pendingFields(drafts(), { list: 'issues', itemId: 'I2', fields: ['usg.'] })).toBe('U untuk isu 2');
    expect(pendingFields(drafts(), { list: 'issues', itemId: 'I1', fields: ['usg.'] })).toBe('');
    expect(pendingFields(drafts(), RANKS)).toBe('U untuk isu 2');
    // "usg." is a prefix; a field merely starting with the letters is not one of them.
    expect(pendingFields(drafts(), { list: 'issues', fields: ['usg'] })).toBe('');
    store.setInvalidDraft('u2', null);
    store.setInvalidDraft('a1', 'Aktual (A), baris 1', { list: 'issues', itemId: 'I1', field: 'apkl.A' });
    expect(pendingFields(drafts(), RANKS)).toBe('Aktual (A), baris 1');
    expect(pendingFields(drafts(), { list: 'issues', itemId: 'I1', fields: ['usg.'] })).toBe('');
  });

  it('a field reported without a place is named in the save status but holds no derived value', () => {
    const store = storeWith();
    store.setInvalidDraft('year', 'Tahun');
    expect(pendingDrafts(store.getSnapshot().invalidDrafts, BUDGET)).toEqual([]);
    expect(allPendingFields(store.getSnapshot().invalidDrafts)).toBe('Tahun');
  });

  it('the store tells its subscribers when a draft moves to another row, not when it is reported again', () => {
    const store = storeWith();
    let told = 0;
    store.subscribe(() => told++);
    const at = { list: 'budgetLines', itemId: 'L1', field: 'volume' };
    store.setInvalidDraft('v', 'Volume, baris 1', at);
    store.setInvalidDraft('v', 'Volume, baris 1', { ...at });
    expect(told).toBe(1);
    store.setInvalidDraft('v', 'Volume, baris 1', { ...at, itemId: 'L2' });
    expect(told).toBe(2);
    expect(store.getSnapshot().invalidDrafts[0]?.place?.itemId).toBe('L2');
  });
});

describe('a value computed from several inputs', () => {
  it('waits for any of them: the ranks for the scores and for the APKL rule outside the list', () => {
    const store = storeWith();
    const rule = { list: 'issueAnalysis', fields: ['apklMinPerCriterion', 'apklTopN'] };
    const ranks = [RANKS, rule];
    store.setInvalidDraft('min', 'Nilai minimum', { list: 'issueAnalysis', itemId: 'issueAnalysis', field: 'apklMinPerCriterion' });
    expect(pendingFields(store.getSnapshot().invalidDrafts, ranks)).toBe('Nilai minimum');
    expect(pendingFields(store.getSnapshot().invalidDrafts, RANKS)).toBe('');
    store.setInvalidDraft('g1', 'G untuk isu 1', { list: 'issues', itemId: 'I1', field: 'usg.G' });
    // Each field named once, in the order the fields reported, whichever query found it.
    expect(pendingFields(store.getSnapshot().invalidDrafts, [rule, RANKS, rule])).toBe('Nilai minimum; G untuk isu 1');
  });
});
