/** The compare of two projects: items matched by id, moved vs changed, word-level texts, totals that moved. */
import { describe, expect, it } from 'vitest';
import { compareProjects, summarizeDiff } from '../../../shared/domain/compare/compareProjects';
import { wordDiff } from '../../../shared/domain/compare/texts';
import type { Project } from '../../../shared/model/types';
import { sipantau } from './sipantau';

const section = (d: ReturnType<typeof compareProjects>, s: string) => d.sections.find((x) => x.section === s)!;

describe('compareProjects', () => {
  it('the same project twice: nothing changed', () => {
    const p = sipantau();
    const d = compareProjects(p, structuredClone(p));
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, texts: 0 });
    expect(d.totals).toEqual([]);
  });

  it('matches items by id: a renamed stakeholder is changed, not removed and added', () => {
    const a = sipantau();
    const b = structuredClone(a);
    b.stakeholders[0]!.name = 'Kepala Bappeda (baru)';
    const items = section(compareProjects(a, b), 'stakeholders').items;
    expect(items).toEqual([
      expect.objectContaining({
        id: a.stakeholders[0]!.id,
        change: 'changed',
        fields: [{ field: 'name', before: a.stakeholders[0]!.name, after: 'Kepala Bappeda (baru)' }],
      }),
    ]);
  });

  it('moving one milestone in the list marks that one as moved, not every card it jumped over', () => {
    const a = sipantau();
    const b = structuredClone(a);
    const [first] = b.milestones.splice(0, 1);
    b.milestones.push(first!);
    const items = section(compareProjects(a, b), 'milestones').items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: first!.id, change: 'moved', order: { before: 1, after: a.milestones.length } });
  });

  it('a milestone moved to another lane is moved; one whose end date changed is changed, and the schedule end moves', () => {
    const a = sipantau();
    const b = structuredClone(a);
    const lane = b.milestones[0]!;
    lane.horizon = lane.horizon === 'PANJANG' ? 'MENENGAH' : 'PANJANG';
    const last = [...b.milestones].sort((x, y) => (y.end ?? '').localeCompare(x.end ?? ''))[0]!;
    last.end = '2030-12-31';
    const d = compareProjects(a, b);
    const items = section(d, 'milestones').items;
    expect(items.find((i) => i.id === lane.id)).toMatchObject({ change: 'moved' });
    expect(items.find((i) => i.id === last.id)).toMatchObject({ change: 'changed' });
    expect(items.find((i) => i.id === last.id)!.fields).toContainEqual({
      field: 'end',
      before: a.milestones.find((m) => m.id === last.id)!.end,
      after: '2030-12-31',
    });
    expect(d.totals).toContainEqual({ key: 'scheduleEnd', before: expect.any(String), after: '2030-12-31' });
  });

  it('a stakeholder dragged to another cell is moved, and the quadrant counts that moved are listed', () => {
    const a = sipantau();
    const b = structuredClone(a);
    const s = b.stakeholders[0]!;
    s.after = { ...s.after, power: s.after.power === 1 ? 5 : 1, interest: s.after.interest === 1 ? 5 : 1 };
    const d = compareProjects(a, b);
    expect(section(d, 'stakeholders').items).toEqual([expect.objectContaining({ id: s.id, change: 'moved' })]);
    expect(d.totals.some((t) => t.key.startsWith('quadrant.after.'))).toBe(true);
    expect(d.totals.some((t) => t.key.startsWith('quadrant.before.'))).toBe(false);
  });

  it('added and removed budget lines, and the budget total that moved', () => {
    const a = sipantau();
    const b = structuredClone(a);
    const removed = b.budgetLines.shift()!;
    b.budgetLines.push({ id: 'bl-baru', item: 'Cetak banner', volume: 2, unit: 'buah', unitCost: 150_000, source: null, sourceDetail: '' });
    const d = compareProjects(a, b);
    const items = section(d, 'budget').items;
    expect(items).toContainEqual(expect.objectContaining({ id: 'bl-baru', change: 'added', label: 'Cetak banner' }));
    expect(items).toContainEqual(expect.objectContaining({ id: removed.id, change: 'removed' }));
    const total = d.totals.find((t) => t.key === 'budgetTotal')!;
    expect(Number(total.after) - Number(total.before)).toBe(300_000 - Math.round(removed.volume * removed.unitCost));
    expect(summarizeDiff(d)).toMatchObject({ added: 1, removed: 1, sections: ['budget'] });
  });

  it('long texts are compared word by word', () => {
    const a = sipantau();
    const b: Project = structuredClone(a);
    b.narrative.ruangLingkup = `${a.narrative.ruangLingkup} Ditambah kalimat baru.`;
    const texts = section(compareProjects(a, b), 'texts').texts;
    expect(texts).toHaveLength(1);
    expect(texts[0]!.field).toBe('narrative.ruangLingkup');
    expect(texts[0]!.added).toBe(3);
    expect(texts[0]!.removed).toBe(0);
    expect(
      texts[0]!.runs
        .filter((r) => r.kind === 'added')
        .map((r) => r.text.trim())
        .join(' '),
    ).toContain('Ditambah kalimat baru.');
  });

  it('wordDiff marks the replaced word only', () => {
    expect(wordDiff('rapat koordinasi bulanan', 'rapat koordinasi mingguan')).toEqual([
      { kind: 'same', text: 'rapat koordinasi ' },
      { kind: 'removed', text: 'bulanan' },
      { kind: 'added', text: 'mingguan' },
    ]);
  });
});
