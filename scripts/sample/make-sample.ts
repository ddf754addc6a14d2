/**
 * Builds resources/samples/sipantau.rancang from the format-1 example (docs/domain.md §9.9, kept as
 * tests/fixtures/format1/sipantau.json): the file goes through the real migration, then gets the
 * narrative and details the example describes in prose, and an illustrative realisation so its
 * laporan is complete (./realisation, ./evidence). Run with `npm run sample`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeProjectText, encodeProject } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { evidencePictures } from './evidence';
import { IMPACT, NARRATIVE, SUSTAINABILITY } from './narrative';
import { addRealisation } from './realisation';

const root = path.resolve(import.meta.dirname, '../..');
const source = readFileSync(path.join(root, 'tests/fixtures/format1/sipantau.json'), 'utf8');
const decoded = decodeProjectText(source);
if (!decoded.ok) throw new Error(decoded.message);
const p: Project = decoded.value.project;

p.id = 'prj-sipantau';
p.createdAt = '2022-03-01T08:00:00.000Z';
p.updatedAt = '2022-03-13T16:00:00.000Z';
p.programme.organiserParent = 'PEMERINTAH PROVINSI JAMBI';
p.narrative = { ...p.narrative, ...NARRATIVE };
p.issueAnalysis.impactIfUnresolved = IMPACT;
p.sustainability.narrative = SUSTAINABILITY;
p.calendar.holidays = [{ id: 'hol-idulfitri', name: 'Idulfitri 1443 H dan cuti bersama', start: '2022-04-29', end: '2022-05-06' }];
p.breakthrough.acronymMeaning = 'Sistem Pemantauan Alur Izin';
p.breakthrough.integratesWith = 'OSS-RBA (data permohonan), gateway WhatsApp Diskominfo';
// Indicators from the gap table (docs/domain.md §9.3), baseline → target, so goals are measurable.
p.goals.PENDEK.indicators = [
  { id: 'ind-p1', name: 'Permohonan 2 sektor terlacak', unit: '%', baseline: '0', target: '100', realised: '' },
  { id: 'ind-p2', name: 'SOP layanan informasi status ditetapkan', unit: 'dokumen', baseline: '0', target: '1', realised: '' },
];
p.goals.MENENGAH.indicators = [
  { id: 'ind-m1', name: 'Waktu respons pertanyaan status', unit: 'jam', baseline: '16 (2 hari kerja)', target: '≤ 1', realised: '' },
  { id: 'ind-m2', name: 'Nilai SKM unsur kecepatan', unit: 'indeks', baseline: '76,4', target: '≥ 82,0', realised: '' },
];
p.goals.PANJANG.indicators = [{ id: 'ind-j1', name: 'Porsi pengaduan terkait status', unit: '%', baseline: '62', target: '≤ 30', realised: '' }];
p.gap.forEach((g, i) => {
  g.currentSource = ['Rekap pengaduan 2021', 'Rekap pengaduan 2021', 'Laporan SKM 2021', 'Observasi register'][i] ?? '';
});
const attitudes: Record<string, 'MENDUKUNG' | 'NETRAL' | 'MENOLAK'> = {
  'SH-01': 'MENDUKUNG',
  'SH-02': 'MENDUKUNG',
  'SH-03': 'NETRAL',
  'SH-04': 'MENDUKUNG',
  'SH-05': 'MENOLAK',
  'SH-06': 'MENDUKUNG',
  'SH-07': 'NETRAL',
  'SH-08': 'NETRAL',
  'SH-09': 'MENDUKUNG',
  'SH-10': 'NETRAL',
  'SH-11': 'NETRAL',
  'SH-12': 'NETRAL',
};
for (const s of p.stakeholders) {
  s.before.attitude = attitudes[s.id] ?? null;
  s.after.attitude =
    s.id === 'SH-05'
      ? 'MENDUKUNG'
      : attitudes[s.id] === 'NETRAL' && s.after.interest !== null && s.after.interest >= 3
        ? 'MENDUKUNG'
        : (attitudes[s.id] ?? null);
  s.ownerTeamId = 'T-PL';
}
const riskOwner: Record<string, string> = { 'R-01': 'T-PL', 'R-02': 'T-PL', 'R-03': 'T-01', 'R-04': 'T-02', 'R-05': 'T-02', 'R-06': 'T-PL', 'R-07': 'T-04' };
for (const r of p.risks) r.ownerTeamId = riskOwner[r.id] ?? null;
for (const m of p.milestones) {
  m.activities =
    m.id === 'MP-05'
      ? ['Rapat teknis dengan Diskominfo', 'Pengembangan modul pelacakan', 'Integrasi notifikasi WhatsApp', 'Uji coba (UAT) bersama petugas']
      : m.id === 'MP-04'
        ? ['Penyusunan draf SOP', 'Pembahasan dengan mentor', 'Penetapan oleh Kepala DPMPTSP']
        : [];
}

// After the plan, the journey: realisation, evidence and both seminars' results (illustrative).
addRealisation(p);
p.attachments = [...p.attachments, ...evidencePictures(root)];

const text = encodeProject(p, { appVersion: 'contoh', installId: 'sample-sipantau', savedAt: '2022-03-13T16:00:00.000Z' });
const check = decodeProjectText(text);
if (!check.ok) throw new Error(`sample does not validate: ${check.message}`);
const out = path.join(root, 'resources/samples/sipantau.rancang');
writeFileSync(out, `${JSON.stringify(JSON.parse(text), null, 1)}\n`);
console.log(`wrote ${path.relative(root, out)} (${(text.length / 1024).toFixed(1)} KiB)`);
