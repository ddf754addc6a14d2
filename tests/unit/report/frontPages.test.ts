/**
 * The cover, the lembar persetujuan and the lembar pengesahan each fit one page in LibreOffice,
 * with the longest realistic names, titles, jabatan and NIPs: the page after each is the next part
 * (the approval page, then the kata pengantar), and every signature's name and NIP is on its page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { groupNip } from '../../../shared/format/nip';
import type { Project } from '../../../shared/model/types';
import { generateProject } from '../../generator/project';
import { convertedAll, type ExportedDoc } from './exported';
import { canConvert, squash } from './pdfPages';

/** About the longest names with titles seen on real approval pages (70–75 characters). */
const LONG_NAMES = [
  'Prof. Dr. Ir. H. Muhammad Abdurrahman Syahputra, S.T., M.T., Ph.D., IPU',
  'Dr. Hj. Raden Roro Sri Wahyuningsih Kusumawardhani, S.E., M.Si., Ak., CA.',
  'Drs. H. Andi Muhammad Fachruddin Daeng Mangawing, M.M., M.Pd., M.A.P.',
  'Ir. Yohanes Fransiskus Xaverius Manuputty Sahetapy, M.Eng., M.B.A., Ph.D.',
];

function longProject(): Project {
  const p = generateProject({ seed: 11, scale: 1, implemented: true });
  p.title =
    'Optimalisasi Layanan Informasi Status Perizinan Berusaha Berbasis Risiko melalui Sistem Informasi Pemantauan Terpadu Perizinan (SIPANTAU) pada Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kepulauan Seribu';
  const roles = ['participant', 'mentor', 'coach', 'examiner'] as const;
  roles.forEach((role, i) => {
    const person = p.people[role];
    person.name = LONG_NAMES[i]!;
    person.nip = ['198503122010012014', '196905051994031007', '197006151995031003', '196809201994031005'][i]!;
    person.jabatan = 'Kepala Bidang Pengembangan Sistem Informasi, Pengaduan, Kebijakan dan Pelaporan Layanan';
    person.unitKerja = 'Bidang Pengembangan Sistem Informasi, Pengaduan, Kebijakan dan Pelaporan Layanan';
    person.instansi = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kepulauan Seribu Utara';
  });
  p.programme.organiser = 'Pusat Pengembangan Kompetensi Kepemimpinan Nasional dan Manajemen Pemerintahan Lembaga Administrasi Negara Republik Indonesia';
  return p;
}

const text = (page: string) => squash(page.replace(/\u00a0/g, ' '));

describe.skipIf(!canConvert)('front pages hold their shape with long names', () => {
  let docs: Record<string, ExportedDoc> = {};
  // Both documents converted by one LibreOffice start.
  beforeAll(async () => {
    docs = await convertedAll({
      'front-long-rancangan': { project: longProject, kind: 'rancangan' },
      'front-long-laporan': { project: longProject, kind: 'laporan' },
    });
  }, 1_800_000);

  it.each(['rancangan', 'laporan'] as const)('%s: cover, approval page each one page', (kind) => {
    const p = longProject();
    const { pages } = docs[`front-long-${kind}`]!;
    expect(pages.length).toBeGreaterThan(5);
    // Page 1 is the whole cover: it ends with the year; page 2 is the approval page.
    expect(text(pages[0]!).endsWith(String(p.programme.year))).toBe(true);
    expect(text(pages[0]!)).toContain(`NIP ${groupNip(p.people.participant.nip)}`);
    const approval = text(pages[1]!);
    expect(approval).toContain(kind === 'laporan' ? 'LEMBAR PENGESAHAN' : 'LEMBAR PERSETUJUAN');
    const signers = kind === 'laporan' ? [p.people.mentor, p.people.coach, p.people.examiner] : [p.people.mentor, p.people.coach];
    for (const s of signers) {
      // Names may wrap (at spaces); the NIP never does.
      for (const word of s.name.split(' ')) expect(approval).toContain(word);
      expect(approval).toContain(`NIP ${groupNip(s.nip)}`);
    }
    // Nothing of the approval page spilled over: the next page is the kata pengantar.
    expect(text(pages[2]!).startsWith('KATA PENGANTAR')).toBe(true);
  });
});
