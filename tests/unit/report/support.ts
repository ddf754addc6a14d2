/** Builds real DOCX files for the report tests (once per variant) and reads their parts back. */
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { reportBytes } from '../../../electron/core/report/exporter';
import { measureFontsFrom } from '../../../electron/core/report/measureFonts';
import { createRasterizer } from '../../../electron/core/report/rasterize';
import type { ExportOptions } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import type { ReportKind } from '../../../shared/report/outline';
import { ROOT } from '../helpers';

export const FONTS = path.join(ROOT, 'renderer/public/fonts');
const raster = createRasterizer(FONTS);
const measure = measureFontsFrom(FONTS);

export const ALL_OPTIONS: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, includeAbstrak: true };

export async function docx(p: Project, kind: ReportKind, options: ExportOptions = ALL_OPTIONS): Promise<Uint8Array> {
  return (await reportBytes({ project: p, kind, options }, raster, measure)).bytes;
}

export interface DocxParts {
  bytes: Uint8Array;
  files: Record<string, Uint8Array>;
  xml(name: string): string;
  document: string;
}

export function parts(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} missing from the DOCX`);
    return strFromU8(f);
  };
  return { bytes, files, xml, document: xml('word/document.xml') };
}

/** All matches of a regex's first group, in order. */
export function all(text: string, re: RegExp): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => m[1] ?? m[0]);
}

/** The XML of each <w:sectPr> in order. */
export function sections(document: string): string[] {
  return all(document, /(<w:sectPr[\s\S]*?<\/w:sectPr>)/);
}

/** The XML of each top-level table. */
export function tables(document: string): string[] {
  return all(document, /(<w:tbl>[\s\S]*?<\/w:tbl>)/);
}

/** Visible text of a chunk of WordprocessingML. */
export function textOf(xml: string): string {
  return all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A project with the laporan's data filled in: every short-term milestone realised, positions after, narrative. */
export function realised(p: Project): Project {
  const q = structuredClone(p);
  q.phase = 'SEMINAR_LAPORAN';
  for (const m of q.milestones) {
    if (m.horizon !== 'PENDEK') continue;
    m.status = 'DONE';
    m.achievementPct = 100;
    m.actualStart = m.start;
    m.actualEnd = m.end;
  }
  q.narrative.perananTim = 'Tim efektif bekerja sesuai SK: **koordinator teknis** memetakan proses bisnis, admin sistem menyiapkan aplikasi.';
  q.narrative.pengelolaanStakeholder = 'Audiensi dengan Sekretaris dan Diskominfo mengubah posisi mereka menjadi *Key Players*.';
  q.narrative.refleksiKepemimpinan = 'Peserta belajar mengelola perubahan bersama tim.';
  q.narrative.manfaatDirasakan = 'Pertanyaan status kini dijawab dalam hitungan menit.';
  for (const h of ['PENDEK'] as const) for (const i of q.goals[h].indicators) i.realised = i.target;
  return q;
}

/** A 1×1 PNG, for an evidence picture that works. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const HOSTILE_TEXT = 'Tom & Jerry <script>alert(1)</script> "kutip" \'tunggal\' \u0001\u0007\u000B\u001F\uFFFE\uD800 selesai';

/**
 * SIPANTAU made hostile: markup and control characters everywhere, a 100,000-character paragraph,
 * people and dates missing, no milestones, a budget line without a source, a broken picture.
 */
export function hostile(p: Project): Project {
  const q = structuredClone(p);
  q.title = HOSTILE_TEXT;
  q.people.participant.name = '';
  q.people.mentor.nip = '';
  q.calendar.seminarRancangan = null;
  q.calendar.seminarLaporan = null;
  q.milestones = [];
  q.narrative.latarBelakang = `Awal ${'kalimat yang sangat panjang tanpa jeda '.repeat(2_400).slice(0, 100_000)} akhir.`;
  q.narrative.kataPengantar = `${HOSTILE_TEXT}\n\n**tebal** <b>bukan html</b> [tautan](http://contoh)`;
  q.stakeholders = q.stakeholders.map((s, i) => ({ ...s, name: i % 2 ? HOSTILE_TEXT : s.name }));
  q.team = q.team.map((t) => ({ ...t, personRole: null, person: { ...t.person, name: t.role === 'MEMBER' ? HOSTILE_TEXT : '' } }));
  q.budgetLines[0]!.source = null;
  q.attachments = [
    { id: 'att-ok', name: 'foto.png', mime: 'image/png', data: TINY_PNG, caption: HOSTILE_TEXT, milestoneId: null },
    { id: 'att-bad', name: 'rusak.png', mime: 'image/png', data: 'bukan base64 !!!', caption: 'Gambar rusak', milestoneId: null },
  ];
  return q;
}
