import { readFileSync } from 'node:fs';
import path from 'node:path';
import { noticeText } from '../../../shared/i18n/notices';
import { describe, expect, it } from 'vitest';
import { blankItem } from '../../../shared/domain/blank';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { milestoneCodes, renumberPlan } from '../../../shared/domain/milestoneCodes';
import { createProject, decodeProjectText } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';

const run = (p: Project, ...cmds: Command[]): Project =>
  cmds.reduce((q, c) => {
    const r = applyCommand(q, c);
    if (!r.ok) throw new Error(r.errors.join('; '));
    return r.project;
  }, p);
const codesOf = (p: Project) => p.milestones.map((m) => `${m.id}:${m.code}`);

describe('stable milestone codes', () => {
  it('gives a code once, when a milestone is added, and stores it', () => {
    let p = createProject({ title: 'x' });
    p = run(
      p,
      { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id: 'a', horizon: 'PENDEK' }) },
      { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id: 'b', horizon: 'PENDEK' }) },
      { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id: 'c', horizon: 'PANJANG' }) },
    );
    expect(codesOf(p)).toEqual(['a:MP-01', 'b:MP-02', 'c:MJ-01']);
  });

  it('keeps every code when a card moves within or across lanes (a note citing MJ-01 stays true)', () => {
    let p = createProject({ title: 'x' });
    for (const [id, horizon] of [
      ['a', 'PENDEK'],
      ['b', 'PENDEK'],
      ['m', 'MENENGAH'],
      ['j', 'PANJANG'],
    ] as const) {
      p = run(p, { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id, horizon }) });
    }
    p = run(p, { type: 'milestone/move', id: 'j', horizon: 'MENENGAH', index: 0 }, { type: 'milestone/move', id: 'b', horizon: 'PENDEK', index: 0 });
    expect(milestoneCodes(p.milestones)).toEqual(
      new Map([
        ['b', 'MP-02'],
        ['a', 'MP-01'],
        ['j', 'MJ-01'],
        ['m', 'MM-01'],
      ]),
    );
    // A new card in a lane takes the next free number, never one in use.
    p = run(p, { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id: 'n', horizon: 'PENDEK' }) });
    expect(p.milestones.find((m) => m.id === 'n')!.code).toBe('MP-03');
  });

  it('renumbering is explicit: the plan lists exactly what changes, the command applies it in one step', () => {
    let p = createProject({ title: 'x' });
    for (const [id, horizon] of [
      ['a', 'PENDEK'],
      ['b', 'PENDEK'],
      ['j', 'PANJANG'],
    ] as const) {
      p = run(p, { type: 'list/add', list: 'milestones', item: blankItem('milestones', { id, horizon }) });
    }
    p = run(p, { type: 'milestone/move', id: 'j', horizon: 'MENENGAH', index: 0 }, { type: 'milestone/move', id: 'b', horizon: 'PENDEK', index: 0 });
    expect(renumberPlan(p.milestones)).toEqual([
      { id: 'b', from: 'MP-02', to: 'MP-01' },
      { id: 'a', from: 'MP-01', to: 'MP-02' },
      { id: 'j', from: 'MJ-01', to: 'MM-01' },
    ]);
    p = run(p, { type: 'milestones/renumber' });
    expect(codesOf(p)).toEqual(['b:MP-01', 'a:MP-02', 'j:MM-01']);
    expect(renumberPlan(p.milestones)).toEqual([]);
  });

  it('a duplicated or missing stored code is shown as the next free number, never twice', () => {
    const ms = [
      blankItem('milestones', { id: 'a', horizon: 'PENDEK', code: 'MP-01' }),
      blankItem('milestones', { id: 'b', horizon: 'PENDEK', code: 'MP-01' }),
      blankItem('milestones', { id: 'c', horizon: 'PENDEK', code: '' }),
    ];
    expect([...milestoneCodes(ms).values()]).toEqual(['MP-01', 'MP-02', 'MP-03']);
  });

  it('format 2 files get the codes they used to show (migration 2 → 3)', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/format2/sipantau.rancang'), 'utf8');
    expect(JSON.parse(text).schemaVersion).toBe(2);
    const r = decodeProjectText(text);
    if (!r.ok) throw new Error(r.message);
    expect(noticeText(r.value.notices[0]!)).toMatch(/format 2 diperbarui ke format 3/);
    expect(r.value.project.milestones.map((m) => m.code)).toEqual([
      'MP-01',
      'MP-02',
      'MP-03',
      'MP-04',
      'MP-05',
      'MP-06',
      'MP-07',
      'MM-01',
      'MM-02',
      'MM-03',
      'MJ-01',
      'MJ-02',
    ]);
  });
});
