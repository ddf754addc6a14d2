/**
 * The report's text as mammoth reads it (as a reviewer's tools would): every chapter and
 * sub-section heading, every table, and the SIPANTAU figures exactly as docs/domain.md §9 gives them.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import { sipantau } from '../domain/sipantau';
import { exported, SIPANTAU_DOCS } from './exported';
import { ALL_OPTIONS } from './support';

const p = sipantau();
let rancangan: string;
let laporan: string;

const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
const plain = (h: string) =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const headings = (h: string, level: number) => [...h.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => plain(m[1]!).trim());

beforeAll(async () => {
  // The same files the layout test converts: exported once per run.
  rancangan = await html((await exported('sipantau-rancangan', SIPANTAU_DOCS.rancangan)).bytes);
  laporan = await html((await exported('sipantau-laporan', SIPANTAU_DOCS.laporan)).bytes);
});

describe('chapters and tables (mammoth)', () => {
  it('rancangan: front matter, BAB I–III and the appendix, in order', () => {
    expect(headings(rancangan, 1)).toEqual([
      'LEMBAR PERSETUJUAN',
      'KATA PENGANTAR',
      'ABSTRAK',
      'DAFTAR TABEL',
      'DAFTAR GAMBAR',
      'PENDAHULUAN',
      'DESKRIPSI AKSI PERUBAHAN',
      'PENUTUP',
      'LAMPIRAN',
    ]);
    expect(headings(rancangan, 2).slice(0, 8)).toEqual([
      'A. Latar Belakang',
      'B. Identifikasi Isu',
      'C. Penetapan Isu Prioritas',
      'D. Analisis Penyebab dan Kesenjangan',
      'E. Gagasan Kreatif',
      'F. Tujuan',
      'G. Manfaat',
      'H. Ruang Lingkup',
    ]);
  });

  it('laporan: adds BAB III Pelaksanaan dan Hasil and signs off with the examiner', () => {
    expect(headings(laporan, 1)).toEqual([
      'LEMBAR PENGESAHAN',
      'KATA PENGANTAR',
      'ABSTRAK',
      'DAFTAR TABEL',
      'DAFTAR GAMBAR',
      'PENDAHULUAN',
      'DESKRIPSI AKSI PERUBAHAN',
      'PELAKSANAAN DAN HASIL AKSI PERUBAHAN',
      'PENUTUP',
      'LAMPIRAN',
    ]);
    const text = plain(laporan);
    expect(text).toContain('Telah diuji di depan penguji pada hari Selasa tanggal 24 Mei 2022.');
    expect(text).toContain('Dr. H. Bambang Sutrisno, M.Si.');
    expect(text).toContain('NIP 19650101 199003 1 011');
    expect(text).toContain('Dari 7 milestone jangka pendek, 7 milestone telah selesai.');
  });

  it('every numbered table is there, with its caption', () => {
    const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
    const text = plain(rancangan);
    for (const t of outline.tables) expect(text).toContain(`${t.label} ${t.title}`);
    // Numbered tables, the lampiran's tables and the two layout tables of the approval page.
    expect((rancangan.match(/<table>/g) ?? []).length).toBe(outline.tables.length + 3 + 2);
  });
});

describe('the SIPANTAU figures (docs/domain.md §9)', () => {
  const text = () => plain(rancangan);

  it('cover and approval: document type, grouped NIP, programme and cohort, the seminar day', () => {
    expect(text()).toContain('RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN');
    expect(text()).toContain('OPTIMALISASI LAYANAN INFORMASI STATUS PERIZINAN BERUSAHA');
    expect(text()).toContain('NIP 19850312 201001 2 014');
    expect(text()).toContain('PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN II TAHUN 2022');
    expect(text()).toContain('pada hari Senin tanggal 14 Maret 2022');
    expect(text()).toContain('Jambi, 14 Maret 2022');
  });

  it('USG totals 14, 13, 11, 10 ranked I–IV, and ISU-1 as the core issue', () => {
    const usg = rancangan.slice(rancangan.lastIndexOf('Tabel 1.2'));
    const table = usg.slice(usg.indexOf('<table>'), usg.indexOf('</table>'));
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((r) => [...r[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => plain(c[1]!).trim()));
    expect(rows.map((r) => [r[5], r[6]])).toEqual([
      ['14', 'I'],
      ['13', 'II'],
      ['11', 'III'],
      ['10', 'IV'],
    ]);
    expect(text()).toContain(
      'isu utama (core issue) yang ditetapkan adalah "Belum optimalnya layanan informasi status permohonan perizinan berusaha pada DPMPTSP Provinsi Jambi"',
    );
  });

  it('APKL: ISU-5 fails on L', () => {
    expect(text()).toContain('Tidak lolos (L)');
  });

  it('budget total Rp6.920.000; APBD Rp5.370.000, Swadaya Rp1.550.000, in-kind Rp0', () => {
    const recap = plain(rancangan.slice(rancangan.indexOf('Rekapitulasi Anggaran menurut Sumber Dana</p>')));
    expect(recap).toMatch(/APBD 4 Rp5\.370\.000 .*Swadaya 2 Rp1\.550\.000 .*In-kind \(dukungan mitra\) 1 Rp0 .*Jumlah Rp6\.920\.000/);
  });

  it('laporan: the five stakeholders who moved quadrant, and no others', () => {
    const movement = laporan.slice(laporan.indexOf('Pergerakan Posisi Stakeholder Sebelum dan Sesudah</p>'));
    const table = movement.slice(movement.indexOf('<table>'), movement.indexOf('</table>'));
    const moved = [...table.matchAll(/<tr>(.*?)<\/tr>/g)]
      .map((r) => [...r[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => plain(c[1]!).trim()))
      .filter((r) => r[4] === 'Ya')
      .map((r) => r[0]);
    expect(moved).toEqual(['3', '5', '6', '7', '10']);
  });

  it('long texts keep their Markdown as Word formatting: lists, bold, italic', () => {
    expect(rancangan).toMatch(/<ol><li>Kepala DPMPTSP Provinsi Jambi selaku sponsor;<\/li>/);
    expect(rancangan).toMatch(/<ul><li>Undang-Undang Nomor 25 Tahun 2009/);
    expect(rancangan).toContain('<strong>62% pengaduan</strong>');
    expect(rancangan).toContain('<em>76,4</em>');
    expect(rancangan).not.toContain('**');
  });
});
