/** Generated projects for the bench: a realistic shape, scaled up. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProject, decodeProjectText } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE_FILE = path.join(ROOT, 'resources/samples/sipantau.rancang');

export function sampleProject(): Project {
  const r = decodeProjectText(readFileSync(SAMPLE_FILE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}

/** A project of about `targetBytes` when encoded: long narrative plus many milestones and stakeholders. */
export function largeProject(targetBytes: number): Project {
  const p = createProject({ programmeCode: 'PKN_II', title: 'Proyek besar untuk pengukuran' });
  const base = sampleProject();
  p.issueAnalysis = base.issueAnalysis;
  p.people = base.people;
  const paragraph = 'Kalimat latar belakang yang menjelaskan kondisi layanan, data kinerja dan dasar hukumnya. ';
  p.narrative.latarBelakang = paragraph.repeat(1_500);
  p.narrative.profilOrganisasi = paragraph.repeat(1_500);
  p.stakeholders = Array.from({ length: 1_000 }, (_, i) => ({
    id: `sh-${i}`,
    name: `Pemangku kepentingan ${i} — unit kerja dengan nama yang cukup panjang`,
    category: i % 2 ? 'EXTERNAL' : 'INTERNAL',
    role: 'Peran dalam perubahan, sumber daya yang dimiliki dan kepentingannya terhadap layanan',
    before: { power: (i % 5) + 1, interest: ((i * 3) % 5) + 1, attitude: 'NETRAL' },
    after: { power: (i % 5) + 1, interest: 5, attitude: 'MENDUKUNG' },
    strategy: 'Kelola secara dekat melalui rapat koordinasi rutin dan laporan kemajuan mingguan.',
    commChannel: 'Rapat, nota dinas, grup WhatsApp',
    frequency: 'Mingguan',
    ownerTeamId: null,
    positions: [],
  }));
  let i = 0;
  const milestone = () => ({
    id: `ms-${i}`,
    code: '',
    horizon: (['PENDEK', 'MENENGAH', 'PANJANG'] as const)[i % 3]!,
    title: `Milestone ${i++}: penyusunan dan penetapan dokumen pendukung layanan`,
    activities: ['Rapat koordinasi', 'Penyusunan draf', 'Pembahasan dengan mentor', 'Penetapan'],
    start: '2022-03-15',
    end: '2022-04-15',
    output: 'Dokumen ditetapkan dan disosialisasikan',
    indicator: 'Dokumen ditandatangani pejabat berwenang',
    evidence: ['Notulen', 'Daftar hadir', 'Foto', 'SK'],
    picTeamId: null,
    stakeholderIds: ['sh-1', 'sh-2'],
    budgetLineIds: [],
    status: 'PLANNED' as const,
    actualStart: null,
    actualEnd: null,
    achievementPct: null,
    notes: 'Catatan pelaksanaan dan kendala yang dihadapi selama kegiatan berlangsung.',
    attachmentIds: [],
  });
  p.milestones = Array.from({ length: 500 }, milestone);
  const long = (n: number) => 'Uraian yang cukup panjang tentang kegiatan, kendala dan cara mengatasinya. '.repeat(n);
  p.risks = Array.from({ length: 300 }, (_, k) => ({
    id: `r-${k}`,
    type: k % 2 ? 'EXTERNAL' : 'INTERNAL',
    description: long(4),
    likelihood: (k % 5) + 1,
    impact: ((k * 2) % 5) + 1,
    mitigation: long(12),
    ownerTeamId: null,
    occurred: null,
    actualHandling: long(8),
  }));
  p.budgetLines = Array.from({ length: 500 }, (_, k) => ({
    id: `b-${k}`,
    item: `Belanja kegiatan ${k}: konsumsi rapat koordinasi tim efektif dan narasumber`,
    volume: 10 + k,
    unit: 'orang-kali',
    unitCost: 35_000,
    source: 'APBD',
    sourceDetail: 'APBD - DPA TA 2022 kegiatan rapat koordinasi',
  }));
  p.consultations = Array.from({ length: 500 }, (_, k) => ({
    id: `k-${k}`,
    date: '2022-03-20',
    with: k % 2 ? 'COACH' : 'MENTOR',
    topic: `Konsultasi ke-${k} tentang kemajuan milestone`,
    result: long(26),
  }));
  p.team = Array.from({ length: 200 }, (_, k) => ({
    id: `t-${k}`,
    role: 'MEMBER',
    personRole: null,
    person: {
      name: `Anggota Tim ${k}, S.E.`,
      nip: '198807242014021003',
      pangkat: 'Penata',
      golongan: 'III/c',
      jabatan: 'Analis Kebijakan Ahli Muda',
      unitKerja: 'Bidang Pelayanan',
      instansi: 'DPMPTSP Provinsi Jambi',
      participantNo: '',
    },
    memberRole: 'Koordinator teknis',
    tasks: long(24),
  }));
  p.rootCauses.causes = Array.from({ length: 300 }, (_, k) => ({ id: `rc-${k}`, category: 'METHOD', text: long(12), parentId: null }));
  p.gap = Array.from({ length: 100 }, (_, k) => ({
    id: `g-${k}`,
    aspect: long(4),
    current: long(12),
    currentSource: 'Laporan kinerja 2021',
    expected: long(12),
  }));
  // Top up with text until the encoded size is reached.
  const current = JSON.stringify(p).length;
  if (current < targetBytes) p.narrative.kesimpulan = 'x'.repeat(Math.min(190_000, targetBytes - current));
  let more = targetBytes - JSON.stringify(p).length;
  const fields = [
    'kataPengantar',
    'abstrak',
    'ruangLingkup',
    'perananTim',
    'pengelolaanStakeholder',
    'refleksiKepemimpinan',
    'manfaatDirasakan',
    'saran',
  ] as const;
  for (const f of fields) {
    if (more <= 0) break;
    p.narrative[f] = paragraph.repeat(Math.ceil(Math.min(190_000, more) / paragraph.length));
    more = targetBytes - JSON.stringify(p).length;
  }
  return p;
}
