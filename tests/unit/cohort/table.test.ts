/** Sorting, filtering and searching the cohort table (renderer/src/cohort/cohortTable.ts). */
import { describe, expect, it } from 'vitest';
import { summariseProject } from '../../../shared/cohort/summary';
import { filterMembers, sortMembers, EMPTY_FILTER, type CohortMemberView } from '../../../renderer/src/cohort/cohortTable';
import { generateProject } from '../../generator/project';

function member(seed: number, name: string, edit: (p: ReturnType<typeof generateProject>) => void = () => undefined): CohortMemberView {
  const p = generateProject({ seed, scale: 0.3 });
  p.people.participant.name = name;
  edit(p);
  return { file: `${name}.rancang`, row: summariseProject(p, '2022-03-20'), future: false, duplicateOf: null };
}

const rows = [
  member(1, 'Zainal Arifin', (p) => {
    p.programme.code = 'PKA';
    p.budgetLines = [];
  }),
  member(2, 'ahmad Fauzi', (p) => {
    p.programme.code = 'PKP';
    p.title = '';
  }),
  member(3, 'Bella Siregar', (p) => {
    p.programme.code = 'PKP';
    p.breakthrough.name = 'E-RUJUK';
  }),
];

describe('cohort table', () => {
  it('sorts names the Indonesian way (case-insensitive) and numbers numerically, both directions', () => {
    expect(sortMembers(rows, 'participant', 'asc').map((m) => m.row.participant)).toEqual(['ahmad Fauzi', 'Bella Siregar', 'Zainal Arifin']);
    expect(sortMembers(rows, 'participant', 'desc').map((m) => m.row.participant)).toEqual(['Zainal Arifin', 'Bella Siregar', 'ahmad Fauzi']);
    const byBudget = sortMembers(rows, 'budgetTotal', 'asc').map((m) => m.row.budgetTotal);
    expect(byBudget).toEqual([...byBudget].sort((a, b) => a - b));
    expect(byBudget[0]).toBe(0);
  });

  it('filters by programme and by readiness, and searches words in any order across fields', () => {
    expect(filterMembers(rows, { ...EMPTY_FILTER, programme: 'PKP' }).map((m) => m.row.participant)).toEqual(['ahmad Fauzi', 'Bella Siregar']);
    expect(filterMembers(rows, { ...EMPTY_FILTER, status: 'mustFix' }).map((m) => m.row.participant)).toEqual(['ahmad Fauzi']);
    expect(filterMembers(rows, { ...EMPTY_FILTER, query: 'e-rujuk siregar' }).map((m) => m.row.participant)).toEqual(['Bella Siregar']);
    expect(filterMembers(rows, { ...EMPTY_FILTER, query: 'tidak ada yang cocok' })).toEqual([]);
  });
});
