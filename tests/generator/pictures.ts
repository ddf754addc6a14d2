/**
 * Real PNG pictures for generated projects (a cover logo and evidence photos), so exports and
 * layouts are tried with pictures of realistic proportions. Node-only: uses pngjs.
 */
import { PNG } from 'pngjs';
import type { Project } from '../../shared/model/types';
import { seededRandom } from './random';

/** A PNG of the given size: soft colour bands with a diagonal, cheap to make and to compress. */
export function makePng(width: number, height: number, seed: number): Buffer {
  const r = seededRandom(seed);
  const png = new PNG({ width, height });
  const [a, b, c] = [r.int(40, 200), r.int(40, 200), r.int(40, 200)];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const band = Math.floor((y / height) * 6) * 20;
      const diagonal = Math.abs(x - (y * width) / height) < 3 ? 80 : 0;
      png.data[i] = (a + band + diagonal) & 255;
      png.data[i + 1] = (b + band) & 255;
      png.data[i + 2] = (c + diagonal) & 255;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Adds a logo and `evidence` photos (landscape and portrait) attached to short-term milestones. */
export function withPictures(project: Project, evidence: number, seed = 1): Project {
  const logo = {
    id: `att-logo-${seed}`,
    name: 'logo.png',
    mime: 'image/png' as const,
    data: makePng(240, 240, seed).toString('base64'),
    caption: 'Logo',
    milestoneId: null,
  };
  const shortTerm = project.milestones.filter((m) => m.horizon === 'PENDEK');
  const photos = Array.from({ length: evidence }, (_, i) => {
    const portrait = i % 3 === 2;
    return {
      id: `att-${seed}-${i + 1}`,
      name: `bukti-${i + 1}.png`,
      mime: 'image/png' as const,
      data: makePng(portrait ? 300 : 480, portrait ? 400 : 320, seed * 100 + i).toString('base64'),
      caption: `Dokumentasi kegiatan ${i + 1}`,
      milestoneId: shortTerm[i % Math.max(1, shortTerm.length)]?.id ?? null,
    };
  });
  return { ...project, attachments: [logo, ...photos], documentSettings: { ...project.documentSettings, logoAttachmentId: logo.id } };
}
