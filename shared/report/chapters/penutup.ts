/** The closing chapter: BAB III in a rancangan, BAB IV in a laporan. */
import { lettered } from '../blocks';
import { rich } from '../longText';
import type { ReportContext } from '../context';
import type { Chapter } from '../outline';

export function penutup(c: ReportContext): Chapter {
  const n = c.p.narrative;
  return {
    title: 'PENUTUP',
    numbered: true,
    blocks: lettered([
      ['Kesimpulan', rich(c, n.kesimpulan)],
      [c.kind === 'laporan' ? 'Saran dan Rekomendasi' : 'Rencana Tindak Lanjut', c.kind === 'laporan' || n.saran.trim() ? rich(c, n.saran) : null],
    ]),
  };
}
