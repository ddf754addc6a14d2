/** The cohort table's review status: notes in .ulasan files beside each project, counted like an import would merge them. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseCohort } from '../../../electron/core/cohort';
import { COHORT_COLUMNS } from '../../../shared/cohort/columns';
import { decodeProjectText } from '../../../shared/model/envelope';
import { encodeReview } from '../../../shared/review/envelope';
import { ReviewSchema } from '../../../shared/review/schema';
import { SAMPLE, tempDir } from '../helpers';

describe('cohort review status', () => {
  it('counts open and done notes and approved sections from the review files beside a project', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'SIPANTAU.rancang');
    await fsp.copyFile(SAMPLE, file);
    const decoded = decodeProjectText(await fsp.readFile(file, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const p = decoded.value.project;
    const write = async (name: string, reviewerId: string, notes: { id: string; status: 'OPEN' | 'DONE' }[], verdicts: [string, string][]) => {
      const review = ReviewSchema.parse({
        project: { id: p.id, title: p.title },
        reviewer: { id: reviewerId, name: reviewerId, role: 'MENTOR', nip: '' },
        notes: notes.map((n) => ({ ...n, reviewerId, target: { type: 'SECTION', sectionId: 'tujuan' }, text: n.id })),
        sectionVerdicts: verdicts.map(([sectionId, verdict]) => ({ sectionId, verdict })),
      });
      await fsp.writeFile(path.join(dir, name), encodeReview(review, { appVersion: 't', savedAt: '' }));
    };
    await write(
      'SIPANTAU.ulasan',
      'rv-mentor',
      [
        { id: 'a', status: 'OPEN' },
        { id: 'b', status: 'DONE' },
      ],
      [
        ['tujuan', 'DISETUJUI'],
        ['manfaat', 'DISETUJUI'],
      ],
    );
    await write('SIPANTAU - Coach.ulasan', 'rv-coach', [{ id: 'c', status: 'OPEN' }], [['manfaat', 'PERLU_PERBAIKAN']]);
    // Another project's review and a damaged file beside it: left out, nothing breaks.
    await fsp.writeFile(path.join(dir, 'SIPANTAU - Rusak.ulasan'), '{"format":"rancang-perubahan-ulasan"');
    await fsp.writeFile(path.join(dir, 'Lain.ulasan'), 'tidak dibaca: bukan milik proyek mana pun di folder ini');

    const summary = await summariseCohort(dir, { today: '2026-03-01' });
    const member = summary.entries.find((e) => e.ok);
    expect(member && member.ok && member.row).toMatchObject({ notesOpen: 2, notesDone: 1, sectionsApproved: 1 });
    expect(COHORT_COLUMNS.map((c) => c.header)).toEqual(expect.arrayContaining(['Catatan ulasan terbuka', 'Catatan ulasan selesai', 'Bagian disetujui']));
    // Reading the cohort wrote nothing beside the projects.
    expect((await fsp.readdir(dir)).sort()).toEqual([
      'Lain.ulasan',
      'SIPANTAU - Coach.ulasan',
      'SIPANTAU - Rusak.ulasan',
      'SIPANTAU.rancang',
      'SIPANTAU.ulasan',
    ]);
  });
});
