import { readFileSync } from 'node:fs';
import path from 'node:path';
import { noticeText } from '../../../shared/i18n/notices';
import { describe, expect, it } from 'vitest';
import { blankItem } from '../../../shared/domain/blank';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { CODE_PREFIX, milestoneCodes, nextMilestoneCode, renumberPlan } from '../../../shared/domain/milestoneCodes';
import type { Horizon } from '../../../shared/model/enums';
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

/** The rule as first written (each missing code found by a pass over the whole list): the reference the one-pass version must match. */
function codesByFullPasses(milestones: { id: string; horizon: Horizon; code: string }[]): Map<string, string> {
  const numberOf = (code: string, prefix: string) => {
    const m = /^([A-Z]{2})-(\d{1,4})$/.exec(code);
    return m && m[1] === prefix ? Number(m[2]) : null;
  };
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const m of milestones)
    if (m.code && !taken.has(m.code)) {
      codes.set(m.id, m.code);
      taken.add(m.code);
    }
  for (const m of milestones) {
    if (codes.has(m.id)) continue;
    const prefix = CODE_PREFIX[m.horizon];
    let max = 0;
    for (const c of [...milestones.map((x) => x.code), ...taken]) max = Math.max(max, numberOf(c, prefix) ?? 0);
    const code = `${prefix}-${String(max + 1).padStart(2, '0')}`;
    codes.set(m.id, code);
    taken.add(code);
  }
  return codes;
}

describe('codes worked out in one pass', () => {
  // Stored numbers stay below 9000 here: past MP-9999 the rule as first written gave the same code
  // again and again (its pattern reads four digits), which the next test pins down as fixed.
  it('match the rule as first written on 500 random plans: stored, duplicate, missing, foreign and malformed codes', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n;
    const horizons: Horizon[] = ['PENDEK', 'MENENGAH', 'PANJANG'];
    const someCode = () =>
      [
        () => '',
        () => '',
        () => `${['MP', 'MM', 'MJ', 'XY'][rand(4)]}-${String(rand(12)).padStart(2, '0')}`,
        () => `MP-${rand(9_000)}`,
        () => 'mp-1',
        () => 'MP-12345',
      ][rand(6)]!();
    for (let plan = 0; plan < 500; plan++) {
      const milestones = Array.from({ length: rand(40) }, (_, i) => ({ id: `m${i}`, horizon: horizons[rand(3)]!, code: someCode() }));
      expect(new Map(milestoneCodes(milestones)), `plan ${plan}`).toEqual(codesByFullPasses(milestones));
      const lane = horizons[rand(3)]!;
      const taken = new Set(milestoneCodes(milestones).values());
      expect(nextMilestoneCode(milestones, lane, taken)).toBe(codesByFullPasses([...milestones, { id: 'new', horizon: lane, code: '' }]).get('new'));
    }
  });

  it('past MP-9999 each missing code is still a new one', () => {
    const milestones = [
      { id: 'a', horizon: 'PENDEK' as const, code: 'MP-9999' },
      { id: 'b', horizon: 'PENDEK' as const, code: '' },
      { id: 'c', horizon: 'PENDEK' as const, code: '' },
    ];
    expect([...milestoneCodes(milestones).values()]).toEqual(['MP-9999', 'MP-10000', 'MP-10001']);
  });
});
