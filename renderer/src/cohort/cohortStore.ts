/**
 * The open cohort, outside React: the table main sent, the sort and filter the user chose, and
 * the last export. React reads it with useSyncExternalStore; the store is the only part of the
 * cohort view that talks to window.api.
 */
import { useSyncExternalStore } from 'react';
import type { CohortFormat, CohortProgress, CohortReportsResult, CohortView, ExportResult } from '../../../shared/ipc';
import type { Fail } from '../../../shared/result';
import { getApi } from '../api';
import { EMPTY_FILTER, type CohortFilter, type SortDir, type SortKey } from './cohortTable';

export interface CohortState {
  view: CohortView | null;
  loading: boolean;
  /** While loading: project files read of those found, as main reports them. */
  progress: CohortProgress | null;
  error: Fail | null;
  sort: { key: SortKey; dir: SortDir };
  filter: CohortFilter;
  exported: ExportResult | null;
  /** Exporting every participant's report: running, then its result. */
  reportsRunning: boolean;
  reports: CohortReportsResult | null;
}

const INITIAL: CohortState = {
  view: null,
  loading: false,
  progress: null,
  error: null,
  sort: { key: 'participant', dir: 'asc' },
  filter: EMPTY_FILTER,
  exported: null,
  reportsRunning: false,
  reports: null,
};

class CohortStore {
  private state: CohortState = INITIAL;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  readonly get = () => this.state;

  private set(patch: Partial<CohortState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((fn) => fn());
  }

  async open(): Promise<void> {
    const api = getApi();
    this.set({ loading: true, progress: null, error: null });
    const off = api.onCohortProgress((progress) => this.set({ progress }));
    try {
      const r = await api.openCohort();
      if (!r.ok) return this.set({ loading: false, error: r });
      // Cancelled: keep what was open before.
      if (!r.value) return this.set({ loading: false });
      this.set({ ...INITIAL, view: r.value });
    } finally {
      off();
      this.set({ progress: null });
    }
  }

  close(): void {
    this.set(INITIAL);
  }

  sortBy(key: SortKey): void {
    const { sort } = this.state;
    this.set({ sort: { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' } });
  }

  filterBy(patch: Partial<CohortFilter>): void {
    this.set({ filter: { ...this.state.filter, ...patch } });
  }

  async export(format: CohortFormat): Promise<void> {
    const view = this.state.view;
    if (!view) return;
    this.set({ exported: null, error: null });
    const r = await getApi().exportCohort(view.cohortId, format);
    if (!r.ok) return this.set({ error: r });
    this.set({ exported: r.value });
  }

  async exportReports(): Promise<void> {
    const view = this.state.view;
    if (!view || this.state.reportsRunning) return;
    this.set({ reportsRunning: true, reports: null, error: null });
    const r = await getApi().exportCohortReports(view.cohortId);
    if (!r.ok) return this.set({ reportsRunning: false, error: r });
    this.set({ reportsRunning: false, reports: r.value });
  }

  async showExport(which: 'table' | 'reports' = 'table'): Promise<void> {
    const id = which === 'table' ? this.state.exported?.exportId : this.state.reports?.exportId;
    if (id) await getApi().showExport(id);
  }

  dismissError(): void {
    this.set({ error: null });
  }
}

export const cohortStore = new CohortStore();

export function useCohort<T>(select: (s: CohortState) => T): T {
  return useSyncExternalStore(cohortStore.subscribe, () => select(cohortStore.get()));
}
