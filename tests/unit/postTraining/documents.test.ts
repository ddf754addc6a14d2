/**
 * The documents after training, opened the way an examiner would: the implementation report's
 * outline, its DOCX converted by LibreOffice and read back with pdftotext, the handover summary on
 * one page, and the successor's copy written by the real service and opened again.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBytes } from '../../../electron/core/report/exporter';
import { measureFontsFrom } from '../../../electron/core/report/measureFonts';
import { createRasterizer } from '../../../electron/core/report/rasterize';
import { handoverCopy, handoverRecord } from '../../../shared/domain/postTraining/handover';
import { decodeProjectText } from '../../../shared/model/envelope';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { evaluationText } from '../../../shared/report/postTraining/evaluation';
import { buildImplementationOutline } from '../../../shared/report/postTraining/implementation';
import { canConvert, convertToPdf, pdfPages, squash } from '../report/pdfPages';
import { FONTS } from '../report/support';
import { servicesIn, tempDir } from '../helpers';
import { sipantauAfter, TODAY } from './fixture';

const raster = createRasterizer(FONTS);
const measure = measureFontsFrom(FONTS);

function answered() {
  const p = sipantauAfter();
  p.postTraining.evaluation = {
    progressScale: 3,
    benefits: 'Pertanyaan status turun separuh',
    obstacles: 'Anggaran server',
    support: 'Kepala Dinas',
    answeredOn: TODAY,
  };
  return p;
}

describe('implementation report', () => {
  it('outlines the progress, the indicators, the obstacles and the evaluation as of the day given', () => {
    const { outline } = buildImplementationOutline(answered(), DEFAULT_EXPORT_OPTIONS, TODAY);
    expect(outline.variant).toBe('implementasi');
    expect(outline.documentType).toMatch(/^LAPORAN IMPLEMENTASI JANGKA MENENGAH \/ PANJANG/);
    expect(outline.chapters.map((c) => c.title)).toEqual([
      'PENDAHULUAN',
      'KEMAJUAN MILESTONE JANGKA MENENGAH DAN PANJANG',
      'CAPAIAN INDIKATOR',
      'KENDALA DAN TINDAK LANJUT',
      'PENUTUP',
    ]);
    expect(outline.tables.map((t) => t.label)).toEqual(['Tabel 2.1', 'Tabel 2.2', 'Tabel 2.3', 'Tabel 3.1', 'Tabel 4.1', 'Tabel 5.1']);
    const status = outline.chapters[1]!.blocks.find((b) => b.kind === 'table')!;
    const mm1 = status.kind === 'table' ? status.rows.find((r) => r[0] && typeof r[0] === 'object' && r[0].text === 'MM-01') : null;
    expect(mm1?.map((c) => (typeof c === 'string' ? c : (c.text ?? '')))).toEqual([
      'MM-01',
      expect.any(String),
      '30 September 2022',
      '70%',
      'Terlambat',
      '20 September 2022',
    ]);
  });

  it.skipIf(!canConvert)(
    'exports a DOCX that LibreOffice opens, holding the entries, readings and answers',
    async () => {
      const dir = await tempDir();
      const file = path.join(dir, 'implementasi.docx');
      const { bytes } = await reportBytes(
        { project: answered(), kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, document: 'implementasi', asOf: TODAY },
        raster,
        measure,
      );
      await fsp.writeFile(file, bytes);
      convertToPdf([file], dir);
      const text = squash(pdfPages(path.join(dir, 'implementasi.pdf')).join('\n'));
      expect(text).toContain('LAPORAN IMPLEMENTASI JANGKA MENENGAH / PANJANG');
      // Table cells wrap, so the entries are looked for in pieces that fit a cell line.
      expect(text).toContain('Sektor kesehatan dan');
      expect(text).toContain('pendidikan terlacak');
      expect(text).toContain('Usulan anggaran');
      expect(text).toContain('Terlambat');
      expect(text).toContain('Tabel 2.2 Catatan Kemajuan MM-01');
      expect(text).toContain('(93,3%)');
      expect(text).toContain('Pertanyaan status turun separuh');
      expect(text).not.toContain('KATA PENGANTAR');
      // No seminar approval page: this report is not examined.
      expect(text).not.toContain('LEMBAR PENGESAHAN');
    },
    180_000,
  );
});

describe('handover', () => {
  const input = {
    date: TODAY,
    successor: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197805122005012003', jabatan: 'Kepala Bidang Pelayanan Perizinan' },
    note: 'Mutasi ke Bappeda',
  };

  it('names the successor, keeps the team, the records and the former leader in the history', () => {
    const p = answered();
    const record = handoverRecord(p, input, 'st-1');
    const copy = handoverCopy(p, record, input.successor);
    expect(copy.people.participant).toMatchObject({
      name: input.successor.name,
      nip: input.successor.nip,
      jabatan: input.successor.jabatan,
      instansi: p.people.participant.instansi,
    });
    expect(copy.postTraining.handovers).toEqual([
      {
        id: 'st-1',
        date: TODAY,
        fromName: p.people.participant.name,
        fromNip: p.people.participant.nip,
        toName: input.successor.name,
        toNip: input.successor.nip,
        toJabatan: input.successor.jabatan,
        note: 'Mutasi ke Bappeda',
      },
    ]);
    expect(copy.team).toEqual(p.team);
    expect(copy.postTraining.progress).toEqual(p.postTraining.progress);
    expect(copy.milestones).toEqual(p.milestones);
    // The project leader on the team is the participant's slot, so it now names the successor.
    expect(copy.team.some((m) => m.personRole === 'participant')).toBe(true);
  });

  it('writes the copy through the save dialog and it opens with the new leader and the history; the open file is untouched', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const original = path.join(dir, 'sipantau.rancang');
    await fsp.copyFile(path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang'), original);
    dialogs.answer(original);
    const opened = await services.openProject();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const before = await fsp.readFile(original, 'utf8');
    const p = answered();
    const copy = handoverCopy(p, handoverRecord(p, input, 'st-1'), input.successor);

    // Over the open file itself: refused, nothing written.
    dialogs.answer(original);
    const refused = await services.saveHandoverCopy(opened.value.docId, copy, 'x');
    expect(refused.ok).toBe(false);
    expect(await fsp.readFile(original, 'utf8')).toBe(before);

    dialogs.answer(path.join(dir, 'serah-terima'));
    const r = await services.saveHandoverCopy(opened.value.docId, copy, 'x');
    expect(r.ok && r.value).toEqual({ fileName: 'serah-terima.rancang', folder: dir });
    const back = decodeProjectText(await fsp.readFile(path.join(dir, 'serah-terima.rancang'), 'utf8'));
    if (!back.ok) throw new Error(back.message);
    expect(back.value.project.people.participant.name).toBe(input.successor.name);
    expect(back.value.project.postTraining.handovers[0]!.fromName).toBe(p.people.participant.name);
    expect(back.value.project.postTraining.progress).toHaveLength(3);
    expect(await fsp.readFile(original, 'utf8')).toBe(before);

    dialogs.answer(null);
    expect(await services.saveHandoverCopy(null, copy, 'x')).toEqual({ ok: true, value: null });
  });

  it.skipIf(!canConvert)(
    'the handover summary is one page: done, due, stakeholders and where they stand',
    async () => {
      const dir = await tempDir();
      const p = answered();
      const copy = handoverCopy(p, handoverRecord(p, input, 'st-1'), input.successor);
      const file = path.join(dir, 'serah.docx');
      const { bytes } = await reportBytes(
        { project: copy, kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, document: 'serah-terima', asOf: TODAY },
        raster,
        measure,
      );
      await fsp.writeFile(file, bytes);
      convertToPdf([file], dir);
      const pages = pdfPages(path.join(dir, 'serah.pdf'));
      expect(pages).toHaveLength(1);
      const text = squash(pages[0]!);
      expect(text).toContain('RINGKASAN SERAH TERIMA');
      expect(text).toContain(`kepada ${input.successor.name}`);
      expect(text).toContain('Yang Sudah Selesai');
      expect(text).toContain('Terlambat');
      expect(text).toContain(p.stakeholders[0]!.name.slice(0, 20));
    },
    180_000,
  );

  it('evaluation answers as a short text to paste', () => {
    const text = evaluationText(answered());
    expect(text).toContain('1. Seberapa jauh perubahan telah berjalan (skala 1–5)?\n3 (berjalan sebagian)');
    expect(text).toContain('3. Kendala apa yang dihadapi?\nAnggaran server');
  });
});
