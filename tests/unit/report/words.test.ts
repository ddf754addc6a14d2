/** The report's sentences follow the data: a tie at the top of the USG ranking is said to be decided, and with whom. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import type { Block } from '../../../shared/report/outline';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { ALL_OPTIONS } from './support';

const sentences = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

function coreSentence(p: ReturnType<typeof sipantau>): string {
  const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
  return sentences(outline.chapters[0]!.blocks).find((s) => s.includes('isu utama (core issue) yang ditetapkan'))!;
}

describe('the core issue sentence', () => {
  it('names the highest USG total when there was no tie at the top', () => {
    const p = sipantau();
    p.issueAnalysis.tieDecisions = [];
    p.issueAnalysis.coreOverride = null;
    const rows = p.issueAnalysis.issues;
    rows.forEach((i, k) => {
      i.usg = { U: 5 - Math.min(k, 4), S: 4, G: 4 };
    });
    expect(coreSentence(p)).toMatch(/^Berdasarkan nilai USG tertinggi/);
  });

  it('says a tie at the top was decided, and with whom, instead of "the highest USG"', () => {
    const p = generateProject({ seed: 3, scale: 1 });
    const tie = p.issueAnalysis.tieDecisions[0];
    expect(tie, 'the generator makes a decided tie').toBeDefined();
    p.issueAnalysis.coreOverride = null;
    // Put the decided tie at the top: every other issue scores lower.
    for (const i of p.issueAnalysis.issues) if (!tie!.issueIds.includes(i.id)) i.usg = { U: 1, S: 1, G: 1 };
    for (const who of ['MENTOR', 'COACH', 'TEAM'] as const) {
      tie!.decidedWith = who;
      const s = coreSentence(p);
      expect(s).not.toContain('Berdasarkan nilai USG tertinggi');
      expect(s).toContain(`diputuskan bersama ${{ MENTOR: 'mentor', COACH: 'coach', TEAM: 'tim efektif' }[who]}`);
      expect(s).toMatch(/memiliki nilai USG tertinggi yang sama \(total \d+\)/);
    }
  });
});

describe('the seminar laporan in the laporan', () => {
  it('carries the outcome, the notes and each revision note with its follow-up; the rancangan does not', () => {
    const p = generateProject({ seed: 5, scale: 1, implemented: true });
    p.seminars.LAPORAN.outcome = 'DISETUJUI_DENGAN_PERBAIKAN';
    p.seminars.LAPORAN.revisionNotes = [
      { id: 'rv-1', text: 'Lengkapi data capaian indikator triwulan II', resolved: true },
      { id: 'rv-2', text: 'Tambahkan surat dukungan Diskominfo', resolved: false },
    ];
    const lampiran = (kind: 'rancangan' | 'laporan') => buildOutline(p, kind, ALL_OPTIONS).outline.chapters.find((ch) => ch.title === 'LAMPIRAN')!;
    const laporan = lampiran('laporan');
    expect(laporan.blocks.some((b) => b.kind === 'heading' && /^Lampiran \d+\. Hasil dan Tindak Lanjut Seminar Laporan$/.test(b.text))).toBe(true);
    expect(sentences(laporan.blocks).join(' ')).toContain('Seminar laporan tanggal 24 Mei 2022 memutuskan: Disetujui dengan perbaikan.');
    const notes = laporan.blocks
      .filter((b) => b.kind === 'table')
      .map((t) => JSON.stringify(t))
      .find((t) => t.includes('Tambahkan surat dukungan'));
    expect(notes).toContain('Sudah ditindaklanjuti');
    expect(notes).toContain('Belum ditindaklanjuti');
    expect(lampiran('rancangan').blocks.some((b) => b.kind === 'heading' && b.text.includes('Seminar Laporan'))).toBe(false);
  });
});
