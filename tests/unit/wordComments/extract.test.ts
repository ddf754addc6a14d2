/**
 * Comments and tracked changes read back from the app's own SIPANTAU export, commented by editing
 * the package XML as Word writes it, and once more after LibreOffice has opened and saved it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWordRemarks } from '../../../electron/core/review/wordComments';
import type { Project } from '../../../shared/model/types';
import { parseBookmark } from '../../../shared/report/anchors';
import { projectItemIds, type WordRemark, type WordRemarks } from '../../../shared/wordComments/remarks';
import { sipantau } from '../domain/sipantau';
import { canConvert, SOFFICE } from '../report/pdfPages';
import { docx } from '../report/support';
import { withComments, type ChangeSpec, type CommentSpec } from './commented';

const COMMENTS: CommentSpec[] = [
  {
    start: 'Dinas Penanaman Modal dan Pelayanan Terpadu',
    from: 'rp_s_latar_belakang',
    author: 'Dr. Mentor',
    initials: 'DM',
    text: 'Data pengaduan perlu diperbarui.',
  },
  // From Profil Organisasi into Milestone dan Tahapan Kegiatan.
  { start: 'DPMPTSP Provinsi Jambi dibentuk', end: 'disusun untuk jangka pendek', author: 'Coach Jambi', text: 'Bagian ini terlalu panjang' },
  // The name cell of a stakeholder row, and a later cell of a budget row.
  { start: 'Sekretaris DPMPTSP', from: 'rp_k_SH_03', author: 'Coach Jambi', text: 'Apakah posisinya sudah tepat?' },
  { start: 'Banner dan backdrop launching', from: 'rp_b_BL_03', end: 'APBD', author: 'Dr. Mentor', text: 'Sumber dananya dicek lagi' },
  { start: 'Dinas Penanaman Modal dan Pelayanan Terpadu', from: 'rp_s_latar_belakang', author: 'Peserta', text: 'Sudah diperbarui', replyTo: 0, done: true },
];
const CHANGES: ChangeSpec[] = [
  { kind: 'ins', run: 'Aksi perubahan SIPANTAU menjawab', author: 'Dr. Mentor', date: '2026-11-30T11:00:00Z', text: 'Secara ringkas, ' },
  { kind: 'del', run: 'Rapat koordinasi tim efektif', from: 'rp_b_BL_01', author: 'Dr. Mentor', date: '2026-11-30T11:05:00Z' },
];

let p: Project;
let exported: Uint8Array;
let commented: Uint8Array;

beforeAll(async () => {
  p = sipantau();
  exported = await docx(p, 'rancangan');
  commented = withComments(exported, COMMENTS, CHANGES);
}, 120_000);

const byText = (r: WordRemarks, text: string): WordRemark => {
  const found = r.remarks.find((x) => x.text.includes(text));
  if (!found) throw new Error(`no remark "${text}" in ${JSON.stringify(r.remarks.map((x) => x.text))}`);
  return found;
};

/** An orphan comment: in comments.xml, but its range and reference are gone from the body. */
function withOrphan(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const doc = strFromU8(files['word/document.xml']!);
  const stripped = doc.replace(/<w:commentRangeStart w:id="3"\/>|<w:commentRangeEnd w:id="3"\/>|<w:r><w:commentReference w:id="3"\/><\/w:r>/g, '');
  expect(stripped).not.toBe(doc);
  files['word/document.xml'] = new TextEncoder().encode(stripped);
  return zipSync(files);
}

function expectPlaced(r: WordRemarks) {
  expect(r.origin).toBe('this-project');
  expect(byText(r, 'Data pengaduan').place).toMatchObject({ kind: 'section', section: 'latar-belakang', label: 'A. Latar Belakang' });
  expect(byText(r, 'Data pengaduan').quote).toMatch(/^Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu/);
  expect(byText(r, 'Data pengaduan')).toMatchObject({ author: 'Dr. Mentor', initials: 'DM', date: expect.stringMatching(/^2026-11-30T10:00:00/) });
  const spanning = byText(r, 'terlalu panjang');
  expect(spanning.place).toMatchObject({ kind: 'section', section: 'profil-organisasi' });
  expect(spanning.alsoSections).toEqual([{ section: 'milestone', label: 'B. Milestone dan Tahapan Kegiatan' }]);
  expect(byText(r, 'posisinya').place).toMatchObject({ kind: 'item', itemKind: 'STAKEHOLDER', id: 'SH-03', within: { section: 'stakeholder' } });
  expect(byText(r, 'Sumber dananya').place).toMatchObject({ kind: 'item', itemKind: 'BUDGET_LINE', id: 'BL-03' });
  const ins = r.remarks.find((x) => x.source === 'insertion')!;
  expect(ins).toMatchObject({ text: 'Secara ringkas,', author: 'Dr. Mentor', place: { kind: 'section', section: 'penutup' } });
  const del = r.remarks.find((x) => x.source === 'deletion')!;
  expect(del).toMatchObject({ place: { kind: 'item', itemKind: 'BUDGET_LINE', id: 'BL-01' } });
  expect(del.text).toMatch(/^Rapat koordinasi tim efektif/);
}

describe('comments from a commented export', () => {
  it('marks every section and item row with a valid, unique bookmark', () => {
    const doc = strFromU8(unzipSync(exported)['word/document.xml']!);
    const names = [...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(names).size).toBe(names.length);
    // Word's own hidden ones (_Toc…) start with an underscore; ours with a letter.
    for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/);
    for (const n of names.filter((x) => x.startsWith('rp_'))) expect(parseBookmark(n), n).not.toBeNull();
    const ours = names.map(parseBookmark).filter((b) => b !== null);
    const items = new Set(ours.flatMap((b) => (b.kind === 'item' ? [`${b.itemKind}:${b.encodedId}`] : [])));
    for (const m of p.milestones) expect(items).toContain(`MILESTONE:${m.id.replace(/-/g, '_')}`);
    for (const s of p.stakeholders) expect(items).toContain(`STAKEHOLDER:${s.id.replace(/-/g, '_')}`);
    for (const b of p.budgetLines) expect(items).toContain(`BUDGET_LINE:${b.id.replace(/-/g, '_')}`);
    for (const x of p.risks) expect(items).toContain(`RISK:${x.id.replace(/-/g, '_')}`);
    for (const x of p.team) expect(items).toContain(`TEAM_MEMBER:${x.id.replace(/-/g, '_')}`);
    for (const x of p.issueAnalysis.issues) expect(items).toContain(`ISSUE:${x.id.replace(/-/g, '_')}`);
    const sections = new Set(ours.flatMap((b) => (b.kind === 'section' ? [b.section] : [])));
    expect([...sections]).toEqual(
      expect.arrayContaining(['identitas', 'dokumen', 'latar-belakang', 'isu', 'milestone', 'stakeholder', 'anggaran', 'risiko', 'penutup']),
    );
    expect(ours.some((b) => b.kind === 'project')).toBe(true);
    // Invisible: the bookmarks add no text.
    expect(doc.match(/<w:bookmarkStart[^>]*>[^<]/)).toBeNull();
  });

  it('places comments on sections, table rows and items, with replies, quotes and tracked changes', () => {
    const r = readWordRemarks(commented, projectItemIds(p));
    expectPlaced(r);
    expect(r.remarks).toHaveLength(COMMENTS.length + CHANGES.length);
    const reply = byText(r, 'Sudah diperbarui');
    expect(reply).toMatchObject({ resolved: true, replyTo: byText(r, 'Data pengaduan').fingerprint });
    expect(new Set(r.remarks.map((x) => x.fingerprint)).size).toBe(r.remarks.length);
    // Same bytes, same fingerprints: the ground of an import that changes nothing the second time.
    expect(readWordRemarks(commented, projectItemIds(p)).remarks.map((x) => x.fingerprint)).toEqual(r.remarks.map((x) => x.fingerprint));
  });

  it('keeps a comment whose anchor is gone, unplaced, with its words', () => {
    const r = readWordRemarks(withOrphan(commented), projectItemIds(p));
    expect(byText(r, 'Sumber dananya')).toMatchObject({ place: { kind: 'unplaced' }, quote: '' });
    expect(r.remarks).toHaveLength(COMMENTS.length + CHANGES.length);
  });

  it('an item no longer in the project falls back to its section', () => {
    const q = structuredClone(p);
    q.stakeholders = q.stakeholders.filter((s) => s.id !== 'SH-03');
    expect(byText(readWordRemarks(commented, projectItemIds(q)), 'posisinya').place).toMatchObject({ kind: 'section', section: 'stakeholder' });
  });

  it('a document of another project: every remark unplaced, the other id named', () => {
    const other = { ...projectItemIds(p), projectId: 'prj-lain' };
    const r = readWordRemarks(commented, other);
    expect(r.origin).toBe('other-project');
    expect(r.documentProjectId).toBe(p.id);
    expect(r.remarks).toHaveLength(COMMENTS.length + CHANGES.length);
    expect(r.remarks.every((x) => x.place.kind === 'unplaced')).toBe(true);
    expect(byText(r, 'posisinya').quote).toBe('Sekretaris DPMPTSP');
  });

  it('a document without our bookmarks (written elsewhere): unmarked, every comment kept unplaced', async () => {
    const foreign = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Laporan lain tentang pelayanan publik.')] })] }] })),
    );
    const r = readWordRemarks(withComments(foreign, [{ start: 'Laporan lain', author: 'Seseorang', text: 'Komentar di dokumen lain' }]), projectItemIds(p));
    expect(r.origin).toBe('unmarked');
    expect(r.remarks).toEqual([
      expect.objectContaining({ text: 'Komentar di dokumen lain', quote: 'Laporan lain tentang pelayanan publik.', place: { kind: 'unplaced' } }),
    ]);
  });

  it.skipIf(!canConvert)(
    'reads the comments after LibreOffice has opened and saved the document',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'rancang-lo-'));
      const profile = mkdtempSync(path.join(os.tmpdir(), 'rancang-soffice-'));
      try {
        mkdirOut(dir);
        writeFileSync(path.join(dir, 'in', 'komentar.docx'), commented);
        execFileSync(
          SOFFICE!,
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${profile}`,
            '--convert-to',
            'docx:MS Word 2007 XML',
            '--outdir',
            path.join(dir, 'out'),
            path.join(dir, 'in', 'komentar.docx'),
          ],
          { env: { ...process.env, HOME: profile }, timeout: 300_000, stdio: 'ignore' },
        );
        const saved = new Uint8Array(readFileSync(path.join(dir, 'out', 'komentar.docx')));
        // LibreOffice wrote the package itself (its own namespaces and comment markup).
        expect(strFromU8(unzipSync(saved)['word/comments.xml']!)).toContain('xmlns:wps=');
        const r = readWordRemarks(saved, projectItemIds(p));
        expectPlaced(r);
        expect(r.remarks.filter((x) => x.source === 'comment')).toHaveLength(COMMENTS.length);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      }
    },
    300_000,
  );
});

function mkdirOut(dir: string) {
  for (const sub of ['in', 'out']) mkdirSync(path.join(dir, sub));
}
