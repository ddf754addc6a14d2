/**
 * What happened after the seminar rancangan in the SIPANTAU sample: the realisation of every
 * short-term milestone, the risks that did occur, the indicators reached, the consultations of the
 * off-campus weeks and both seminars' results, so the sample's laporan is complete and a participant
 * can see where the journey ends. The example's source gives the plan only; everything here is
 * invented and the pictures say "ILUSTRASI" on their face and in their captions.
 */
import type { Project } from '../../shared/model/types';

interface Realised {
  actualStart: string;
  actualEnd: string;
  pct: number;
  notes: string;
}

const SHORT_TERM: Record<string, Realised> = {
  'MP-01': {
    actualStart: '2022-03-15',
    actualEnd: '2022-03-17',
    pct: 100,
    notes: 'Rancangan disetujui mentor dan sponsor pada 17 Maret 2022; lembar persetujuan ditandatangani.',
  },
  'MP-02': {
    actualStart: '2022-03-21',
    actualEnd: '2022-03-24',
    pct: 100,
    notes: 'SK Kepala DPMPTSP tentang Tim Efektif ditetapkan 24 Maret 2022.',
  },
  'MP-03': {
    actualStart: '2022-03-28',
    actualEnd: '2022-04-01',
    pct: 100,
    notes: 'Alur dua sektor dipetakan; baseline: respons status 2 hari kerja, 62% pengaduan tentang status.',
  },
  'MP-04': {
    actualStart: '2022-04-04',
    actualEnd: '2022-04-13',
    pct: 100,
    notes: 'SOP Layanan Informasi Status ditetapkan Kepala DPMPTSP sehari lebih cepat dari rencana.',
  },
  'MP-05': {
    actualStart: '2022-04-04',
    actualEnd: '2022-04-28',
    pct: 100,
    notes: 'UAT 26–28 April bersama 6 petugas; 14 perbaikan kecil selesai sebelum libur Idulfitri.',
  },
  'MP-06': {
    actualStart: '2022-05-09',
    actualEnd: '2022-05-12',
    pct: 100,
    notes: 'Sosialisasi kepada 18 petugas dan 35 pelaku usaha melalui KADIN Provinsi Jambi.',
  },
  'MP-07': {
    actualStart: '2022-05-13',
    actualEnd: '2022-05-13',
    pct: 100,
    notes: 'SIPANTAU diluncurkan untuk sektor perdagangan dan lingkungan hidup; surat edaran Kepala Dinas terbit.',
  },
};

const RISKS_MET: Record<string, { occurred: boolean; handling: string }> = {
  'R-03': { occurred: true, handling: 'Dua verifikator keberatan dengan input ganda; formulir diubah menjadi satu kali input dan petugas dilatih singkat.' },
  'R-05': { occurred: true, handling: 'Akses integrasi OSS-RBA belum diberikan; status diinput petugas front office sambil menunggu balasan surat.' },
  'R-06': { occurred: true, handling: 'Uji coba selesai 28 April sebelum libur; sosialisasi digeser ke 9–12 Mei dan launching tetap 13 Mei.' },
};

/** Fills the realisation into the sample (the evidence pictures come from ./evidence). */
export function addRealisation(p: Project): void {
  p.phase = 'FINAL';
  for (const m of p.milestones) {
    const r = SHORT_TERM[m.id];
    if (!r) continue;
    m.status = 'DONE';
    m.actualStart = r.actualStart;
    m.actualEnd = r.actualEnd;
    m.achievementPct = r.pct;
    m.notes = r.notes;
  }
  for (const r of p.risks) {
    const met = RISKS_MET[r.id];
    r.occurred = met ? met.occurred : false;
    r.actualHandling = met ? met.handling : '';
  }
  const realised: Record<string, string> = { 'ind-p1': '100', 'ind-p2': '1' };
  for (const i of p.goals.PENDEK.indicators) i.realised = realised[i.id] ?? i.realised;

  p.consultations.push(
    {
      id: 'kons-q',
      date: '2022-05-10',
      with: 'MENTOR',
      topic: 'Persiapan sosialisasi dan launching',
      result: 'Surat edaran Kepala Dinas disiapkan untuk 13 Mei',
    },
    {
      id: 'kons-r',
      date: '2022-05-19',
      with: 'COACH',
      topic: 'Draf laporan aksi perubahan',
      result: 'Bukti tiap milestone dilengkapi; refleksi kepemimpinan dipertajam',
    },
  );
  p.seminars.RANCANGAN.revisionNotes = p.seminars.RANCANGAN.revisionNotes.map((n) => ({ ...n, resolved: true }));
  p.seminars.LAPORAN = {
    date: '2022-05-24',
    outcome: 'DISETUJUI_DENGAN_PERBAIKAN',
    notes:
      'Penguji menilai seluruh milestone jangka pendek tercapai dan didukung bukti. Perbaikan diminta pada rencana jangka menengah (anggaran 2023) sebelum laporan ditandatangani.',
    revisionNotes: [
      { id: 'rev-s', text: 'Cantumkan sumber anggaran perluasan ke seluruh sektor pada Renja 2023', resolved: true },
      { id: 'rev-t', text: 'Lampirkan rekap notifikasi WhatsApp minggu pertama setelah launching', resolved: true },
    ],
  };
}
