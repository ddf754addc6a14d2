/** The lampiran "Tindak Lanjut Catatan Seminar/Mentor": seminar notes and imported review notes with their answers. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import type { Block, Cell, TableBlock } from '../../../shared/report/outline';
import { importReview } from '../../../shared/review/merge';
import { ReviewSchema } from '../../../shared/review/schema';
import { sipantau } from '../domain/sipantau';
import { ALL_OPTIONS } from '../report/support';

const text = (c: Cell) => (typeof c === 'string' ? c : (c.text ?? c.runs?.map((r) => r.text).join('') ?? ''));

function followUpTable(blocks: Block[]): TableBlock | undefined {
  const at = blocks.findIndex((b) => b.kind === 'heading' && /Tindak Lanjut Catatan Seminar\/Mentor$/.test(b.text));
  if (at < 0) return undefined;
  return blocks.slice(at + 1).find((b): b is TableBlock => b.kind === 'table');
}

describe('follow-up lampiran', () => {
  it('is absent without review notes (the seminar part stays as it was)', () => {
    const { outline } = buildOutline(sipantau(), 'laporan', ALL_OPTIONS);
    const lampiran = outline.chapters.at(-1)!;
    expect(followUpTable(lampiran.blocks)).toBeUndefined();
  });

  it('lists who, what, how it was handled and where, for every imported note', () => {
    const p = sipantau();
    const ms = p.milestones[0]!;
    const review = ReviewSchema.parse({
      project: { id: p.id, title: p.title },
      reviewer: { id: 'rv-m', name: 'Dr. Rahmat Hidayat', role: 'MENTOR', nip: '' },
      notes: [
        {
          id: 'n1',
          reviewerId: 'rv-m',
          target: { type: 'SECTION', sectionId: 'latar-belakang' },
          kind: 'PERLU_PERBAIKAN',
          text: 'Tambahkan data dasar 2023.',
          seq: 1,
        },
        {
          id: 'n2',
          reviewerId: 'rv-m',
          target: { type: 'ITEM', itemKind: 'MILESTONE', itemId: ms.id },
          kind: 'PERTANYAAN',
          text: 'Siapa penanggung jawabnya?',
          seq: 2,
        },
      ],
      sectionVerdicts: [],
    });
    const imported = importReview(undefined, review, p);
    if (!imported.ok) throw new Error(imported.message);
    const store = imported.value.store;
    store.notes[0] = {
      ...store.notes[0]!,
      status: 'DONE',
      answers: [
        {
          id: 'a1',
          author: 'Peserta',
          at: '2026-03-02T00:00:00.000Z',
          text: 'Data BPS 2023 ditambahkan.',
          changedAt: { type: 'SECTION', sectionId: 'latar-belakang' },
        },
      ],
    };
    p.reviews = store;
    const { outline } = buildOutline(p, 'laporan', ALL_OPTIONS);
    const table = followUpTable(outline.chapters.at(-1)!.blocks);
    expect(table).toBeDefined();
    expect(table!.columns.map((c) => c.header)).toEqual(['No', 'Dari', 'Catatan', 'Tindak Lanjut', 'Letak dalam Dokumen']);
    const rows = table!.rows.map((r) => r.map(text));
    const seminarCount = p.seminars.RANCANGAN.revisionNotes.length;
    expect(rows).toHaveLength(seminarCount + 2);
    const [first, second] = rows.slice(seminarCount);
    expect(first![1]).toContain('Dr. Rahmat Hidayat (Mentor)');
    expect(first![2]).toBe('Perlu perbaikan: Tambahkan data dasar 2023.');
    expect(first![3]).toBe('Data BPS 2023 ditambahkan. (diubah di BAB I – Latar Belakang); Selesai');
    expect(first![4]).toBe('BAB I – Latar Belakang');
    expect(second![3]).toBe('Belum selesai');
    expect(second![4]).toContain(`BAB II – Milestone MP-01 «${ms.title.slice(0, 20)}`);
  });
});
