/**
 * "Impor komentar Word": a SIPANTAU rancangan exported by the app, with 100 comments (sections,
 * table rows, some spanning two sections) and 20 tracked changes added to its XML, read back and
 * turned into review notes, as the participant's import does in main.
 */
import path from 'node:path';
import { reportBytes } from '../../electron/core/report/exporter';
import { measureFontsFrom } from '../../electron/core/report/measureFonts';
import { createRasterizer } from '../../electron/core/report/rasterize';
import { readWordRemarks } from '../../electron/core/review/wordComments';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import { projectItemIds } from '../../shared/wordComments/remarks';
import { remarksToReviews } from '../../shared/wordComments/toReviews';
import { withComments, type ChangeSpec, type CommentSpec } from '../../tests/unit/wordComments/commented';
import { ROOT, sampleProject } from './fixtures';
import type { BenchRow } from './index';
import { spread, timeMany } from './stats';

export const name = 'word-comments';

const FONTS = path.join(ROOT, 'renderer/public/fonts');

export async function run(): Promise<BenchRow[]> {
  const p = sampleProject();
  const exported = (await reportBytes({ project: p, kind: 'rancangan', options: DEFAULT_EXPORT_OPTIONS }, createRasterizer(FONTS), measureFontsFrom(FONTS)))
    .bytes;
  const anchors: Omit<CommentSpec, 'author' | 'text'>[] = [
    { start: 'Dinas Penanaman Modal dan Pelayanan Terpadu', from: 'rp_s_latar_belakang' },
    { start: 'DPMPTSP Provinsi Jambi dibentuk', end: 'disusun untuk jangka pendek' },
    ...p.stakeholders.map((s) => ({ start: s.name.trim(), from: `rp_k_${s.id.replace(/-/g, '_')}` })),
    ...p.budgetLines.map((b) => ({ start: b.item.trim(), from: `rp_b_${b.id.replace(/-/g, '_')}` })),
  ];
  const comments: CommentSpec[] = Array.from({ length: 100 }, (_, i) => ({
    ...anchors[i % anchors.length]!,
    author: `Pengulas ${i % 3}`,
    text: `Komentar nomor ${i + 1}: mohon dicek kembali.`,
  }));
  const changes: ChangeSpec[] = Array.from({ length: 20 }, (_, i) => ({
    kind: 'ins',
    run: 'Aksi perubahan SIPANTAU menjawab',
    author: 'Pengulas 0',
    date: `2026-11-30T11:${String(i).padStart(2, '0')}:00Z`,
    text: `sisipan ${i} `,
  }));
  const docx = withComments(exported, comments, changes);
  const ids = projectItemIds(p);
  let notes = 0;
  const times = await timeMany(7, () => {
    const remarks = readWordRemarks(docx, ids);
    notes = remarksToReviews(remarks, p).reduce((n, r) => n + r.notes.length, 0);
  });
  return [
    {
      measure: 'import DOCX with 100 comments + 20 changes',
      value: spread(times),
      goal: '< 1 s',
      note: `${(docx.length / 1024).toFixed(0)} KB, ${notes} notes`,
    },
  ];
}
