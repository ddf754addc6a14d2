/**
 * Word comments into the project's review store: through the service (main's dialog, the file on
 * disk), as notes merged like a .ulasan file; the same DOCX twice changes nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWordImportMethods } from '../../../electron/core/review/wordImport';
import type { WordImportView } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { importReview } from '../../../shared/review/merge';
import type { ReviewStore } from '../../../shared/review/types';
import { remarkKind } from '../../../shared/wordComments/toReviews';
import { sipantau } from '../domain/sipantau';
import { QueueDialogs, tempDir } from '../helpers';
import { docx } from '../report/support';
import { withComments } from './commented';

let p: Project;
let bytes: Uint8Array;

beforeAll(async () => {
  p = sipantau();
  bytes = withComments(
    await docx(p, 'rancangan'),
    [
      { start: 'Dinas Penanaman Modal dan Pelayanan Terpadu', from: 'rp_s_latar_belakang', author: 'Dr. Mentor', text: 'Data pengaduan tolong diperbarui.' },
      { start: 'Sekretaris DPMPTSP', from: 'rp_k_SH_03', author: 'Coach Jambi', date: '2026-11-29T09:00:00Z', text: 'Apakah posisinya sudah tepat?' },
      { start: 'DPMPTSP Provinsi Jambi dibentuk', end: 'disusun untuk jangka pendek', author: 'Coach Jambi', text: 'Perbaiki urutan paragraf.' },
      { start: 'Sekretaris DPMPTSP', from: 'rp_k_SH_03', author: 'Peserta', text: 'Sudah saya cek ulang.', replyTo: 1, done: true },
    ],
    [{ kind: 'ins', run: 'Aksi perubahan SIPANTAU menjawab', author: 'Dr. Mentor', date: '2026-11-30T11:00:00Z', text: 'Secara ringkas, ' }],
  );
}, 120_000);

async function importThroughService(q: Project): Promise<WordImportView> {
  const dir = await tempDir();
  const file = path.join(dir, 'Rancangan SIPANTAU - komentar mentor.docx');
  writeFileSync(file, bytes);
  const dialogs = new QueueDialogs();
  dialogs.answer(file);
  const r = await createWordImportMethods({ dialogs, project: (id) => (id === 'doc-1' ? q : null) }).importWordComments('doc-1');
  if (!r.ok || !r.value) throw new Error(JSON.stringify(r));
  return r.value;
}

function merged(store: ReviewStore | undefined, view: WordImportView, q: Project) {
  let s = store;
  let added = 0;
  let changed = 0;
  for (const review of view.reviews) {
    const r = importReview(s, review, { id: q.id, title: q.title });
    if (!r.ok) throw new Error(r.message);
    s = r.value.store;
    added += r.value.added;
    changed += r.value.changed;
  }
  return { store: s!, added, changed };
}

describe('importing Word comments as review notes', () => {
  it('makes a note per comment and change, on its section or item, with author, date, kind and quote; a reply becomes an answer', async () => {
    const view = await importThroughService(p);
    expect(view).toMatchObject({ fileName: 'Rancangan SIPANTAU - komentar mentor.docx', origin: 'this-project', remarks: 5, unplaced: 0 });
    const { store, added } = merged(p.reviews, view, p);
    expect(added).toBe(4);
    expect(store.reviewers.map((r) => r.name).sort()).toEqual(['Coach Jambi', 'Dr. Mentor']);
    const note = (text: string) => store.notes.find((n) => n.text.includes(text))!;
    expect(note('Data pengaduan')).toMatchObject({ kind: 'SARAN', source: 'DOCX', target: { type: 'SECTION', sectionId: 'latar-belakang' }, status: 'OPEN' });
    expect(note('Data pengaduan').quote).toMatch(/^Dinas Penanaman Modal/);
    expect(note('posisinya')).toMatchObject({
      kind: 'PERTANYAAN',
      target: { type: 'ITEM', itemKind: 'STAKEHOLDER', itemId: 'SH-03' },
      createdAt: '2026-11-29T09:00:00Z',
      status: 'DONE',
      answers: [expect.objectContaining({ author: 'Peserta', text: 'Sudah saya cek ulang.' })],
    });
    expect(note('Perbaiki urutan')).toMatchObject({ kind: 'PERLU_PERBAIKAN', target: { type: 'SECTION', sectionId: 'profil-organisasi' } });
    expect(note('Perbaiki urutan').text).toContain('juga mencakup bagian: B. Milestone dan Tahapan Kegiatan');
    expect(note('Sisipan')).toMatchObject({ text: 'Sisipan: “Secara ringkas,”', target: { type: 'SECTION', sectionId: 'penutup' } });
    const reviewer = store.reviewers.find((r) => r.id === note('Sisipan').reviewerId);
    expect(reviewer?.name).toBe('Dr. Mentor');
  });

  it('importing the same DOCX twice changes nothing', async () => {
    const first = merged(p.reviews, await importThroughService(p), p);
    const again = merged(first.store, await importThroughService(p), p);
    expect(again).toMatchObject({ added: 0, changed: 0 });
    expect(again.store).toEqual(first.store);
  });

  it('a DOCX of another project imports every note unplaced and says so', async () => {
    const other = { ...structuredClone(p), id: 'prj-lain', title: 'Proyek Lain' };
    const view = await importThroughService(other);
    expect(view).toMatchObject({ origin: 'other-project', unplaced: 5 });
    const { store } = merged(other.reviews, view, other);
    expect(store.notes.every((n) => n.target.type === 'UNPLACED')).toBe(true);
    expect(store.notes.find((n) => n.text.includes('posisinya'))?.quote).toBe('Sekretaris DPMPTSP');
  });

  it('kind from the words: a question, a fix, else a suggestion', () => {
    expect(remarkKind('Mengapa memilih isu ini?')).toBe('PERTANYAAN');
    expect(remarkKind('Tabel ini harus direvisi')).toBe('PERLU_PERBAIKAN');
    expect(remarkKind('Bagus, bisa ditambah foto kegiatan.')).toBe('SARAN');
  });
});
