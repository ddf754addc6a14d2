/**
 * Turns schema validation issues into sentences a participant can act on:
 * "Analisis isu › Isu ke-2 › USG › U: nilai harus 1–5 (tertulis 7)".
 */
import type { z } from 'zod';

const KEY_LABELS: Record<string, string> = {
  project: 'Proyek',
  programme: 'Program pelatihan',
  calendar: 'Kalender',
  people: 'Orang',
  participant: 'Peserta',
  mentor: 'Mentor',
  coach: 'Coach',
  examiner: 'Penguji',
  sponsor: 'Sponsor',
  issueAnalysis: 'Analisis isu',
  issues: 'Isu',
  apklScores: 'Skor APKL',
  apklChecks: 'Ceklis APKL',
  usg: 'USG',
  rootCauses: 'Akar masalah',
  causes: 'Penyebab',
  gap: 'Kesenjangan',
  breakthrough: 'Gagasan kreatif',
  goals: 'Tujuan',
  indicators: 'Indikator',
  milestones: 'Milestone',
  stakeholders: 'Stakeholder',
  before: 'posisi awal',
  after: 'posisi akhir',
  power: 'pengaruh',
  interest: 'kepentingan',
  team: 'Tim efektif',
  risks: 'Risiko',
  budgetLines: 'Anggaran',
  consultations: 'Konsultasi',
  seminars: 'Seminar',
  attachments: 'Lampiran',
  documentSettings: 'Pengaturan dokumen',
  narrative: 'Teks',
  title: 'Judul',
  name: 'nama',
  nip: 'NIP',
  id: 'id',
  start: 'tanggal mulai',
  end: 'tanggal selesai',
  date: 'tanggal',
  likelihood: 'kemungkinan',
  impact: 'dampak',
  volume: 'volume',
  unitCost: 'harga satuan',
  year: 'tahun',
  schemaVersion: 'versi format',
};

const ITEM_LISTS = new Set([
  'issues',
  'causes',
  'gap',
  'indicators',
  'milestones',
  'stakeholders',
  'team',
  'risks',
  'budgetLines',
  'consultations',
  'attachments',
  'holidays',
  'activities',
  'evidence',
  'items',
  'revisionNotes',
]);

export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const parent = path[i - 1];
      const listed = typeof parent === 'string' && ITEM_LISTS.has(parent);
      parts.push(listed ? `ke-${key + 1}` : `#${key + 1}`);
      return;
    }
    const k = String(key);
    parts.push(KEY_LABELS[k] ?? k);
  });
  // "Isu › ke-2" reads better as "Isu ke-2".
  return parts.join(' › ').replace(/ › (ke-\d+)/g, ' $1') || 'berkas';
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  return `${where}: ${describeProblem(issue)}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `jenis data salah (seharusnya ${typeName(issue.expected)})`;
    case 'too_big':
      if (issue.origin === 'string') return `teks terlalu panjang (batas ${fmt(issue.maximum)} karakter)`;
      if (issue.origin === 'array') return `terlalu banyak butir (batas ${fmt(issue.maximum)})`;
      return `nilai terlalu besar (paling tinggi ${fmt(issue.maximum)}${received(issue)})`;
    case 'too_small':
      if (issue.origin === 'array') return `terlalu sedikit butir (paling sedikit ${fmt(issue.minimum)})`;
      if (issue.origin === 'string') return 'tidak boleh kosong';
      return `nilai terlalu kecil (paling rendah ${fmt(issue.minimum)}${received(issue)})`;
    case 'invalid_value':
      return `nilai tidak dikenal (pilihan: ${issue.values.map(String).join(', ')})`;
    case 'invalid_format':
      return 'format tidak sah';
    case 'invalid_union':
      return 'nilai tidak sah';
    case 'custom':
      return issue.message === 'date' ? 'tanggal tidak sah (gunakan TTTT-BB-HH)' : issue.message;
    default:
      return issue.message === 'id' ? 'id tidak sah' : 'nilai tidak sah';
  }
}

function received(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  return typeof input === 'number' ? `; tertulis ${input}` : '';
}

function typeName(t: string): string {
  return ({ string: 'teks', number: 'angka', boolean: 'ya/tidak', array: 'daftar', object: 'objek', null: 'kosong' } as Record<string, string>)[t] ?? t;
}

function fmt(n: number | bigint): string {
  return Number(n).toLocaleString('id-ID');
}
