import { SECTION_IDS, type SectionId } from '../domain/sections';
import type { ItemKind } from '../review/types';

/**
 * Where a reader's remark can land in the report, and the Word bookmark names that carry it. The
 * exporter marks each section heading and each item's table row with an invisible bookmark; a DOCX
 * the mentor returns with comments is read back through the same names (electron/core/review), so a
 * comment becomes a note on the section or item it was made on.
 *
 * Word's rules for bookmark names: at most 40 characters, a letter first, then letters, digits and
 * underscores; names are unique in a document (Word drops a second bookmark of the same name when
 * it saves). Scheme: `rp_<kind letter><occurrence>_<key>`:
 *   rp_s_latar_belakang        heading "A. Latar Belakang" of BAB I: workspace section latar-belakang
 *   rp_s2_refleksi             the second heading that belongs to the section refleksi
 *   rp_m_MP_01, rp_m2_MP_01    milestone MP-01's row in its first and second table
 *   rp_p_prj_3f9a1c2b9d0e      the project the document was exported from (on the cover)
 * Ids keep letters and digits, `-` and `_` become `_`; an id too long for the name is written as a
 * hash. Either way a name is resolved by encoding the open project's ids the same way, so nothing
 * needs parsing back out of a name.
 */

/** One row's item: which kind (the review model's, shared/review) and which id. */
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** The chapters and the front matter, by a short stable code (the chapter's number differs between rancangan and laporan). */
export type ChapterCode = 'depan' | 'pend' | 'desk' | 'pel' | 'tutup' | 'lamp';

const KIND_LETTER: Record<ItemKind, string> = { ISSUE: 'i', MILESTONE: 'm', STAKEHOLDER: 'k', BUDGET_LINE: 'b', RISK: 'r', TEAM_MEMBER: 't' };
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([kind, letter]) => [letter, kind as ItemKind])) as Record<string, ItemKind>;

const NAME_MAX = 40;
/** `rp_` + kind letter + up to two occurrence digits + `_`. */
const KEY_MAX = NAME_MAX - 6;

/** FNV-1a, 32 bits: a short, stable stand-in for an id too long for a bookmark name. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** An id as it appears in a bookmark name. */
export function encodeId(id: string): string {
  return /^[A-Za-z0-9_-]+$/.test(id) && id.length <= KEY_MAX ? id.replace(/-/g, '_') : `h${hash(id)}`;
}

/**
 * The workspace section (shared/domain/sections.ts) a report heading belongs to, so a comment on
 * the report lands where the participant edits that text. Headings are matched without their
 * "A." or "Lampiran 2." prefix (it shifts when a section is left out); a heading not listed falls
 * to its chapter's first section.
 */
const HEADING_SECTIONS: Record<ChapterCode, [prefix: string, section: SectionId][]> = {
  depan: [
    ['lembar', 'identitas'],
    ['kata pengantar', 'dokumen'],
    ['abstrak', 'dokumen'],
    ['daftar', 'dokumen'],
  ],
  pend: [
    ['latar belakang', 'latar-belakang'],
    ['identifikasi isu', 'isu'],
    ['penetapan isu prioritas', 'prioritas'],
    ['analisis penyebab', 'akar-masalah'],
    ['gagasan', 'gagasan'],
    ['tujuan', 'tujuan'],
    ['manfaat', 'manfaat'],
    ['ruang lingkup', 'ruang-lingkup'],
  ],
  desk: [
    ['profil', 'profil-organisasi'],
    ['milestone', 'milestone'],
    ['jadwal', 'jadwal'],
    ['tim', 'tim'],
    ['identifikasi dan pemetaan stakeholder', 'stakeholder'],
    ['sumber daya', 'anggaran'],
    ['potensi kendala', 'risiko'],
    ['faktor kunci', 'faktor-kunci'],
    ['keberlanjutan', 'keberlanjutan'],
  ],
  pel: [
    ['capaian milestone', 'realisasi'],
    ['kendala', 'risiko'],
    ['keberlanjutan', 'keberlanjutan'],
    // Team, stakeholder management, leadership and benefits felt are the reflection screen's texts.
    ['peran', 'refleksi'],
    ['pengelolaan stakeholder', 'refleksi'],
    ['kepemimpinan', 'refleksi'],
    ['manfaat', 'refleksi'],
  ],
  tutup: [],
  lamp: [
    ['lembar konsultasi', 'konsultasi'],
    ['daftar bukti', 'realisasi'],
    ['tindak lanjut', 'seminar'],
    ['hasil dan tindak lanjut', 'seminar'],
  ],
};

const CHAPTER_FIRST: Record<ChapterCode, SectionId> = {
  depan: 'identitas',
  pend: 'latar-belakang',
  desk: 'profil-organisasi',
  pel: 'realisasi',
  tutup: 'penutup',
  lamp: 'konsultasi',
};

export function headingSection(chapter: ChapterCode, heading: string | null): SectionId {
  const title = (heading ?? '')
    .replace(/^(?:[A-Z]\.|Lampiran\s+\d+\.)\s+/, '')
    .toLocaleLowerCase('id')
    .trim();
  return HEADING_SECTIONS[chapter].find(([prefix]) => title.startsWith(prefix))?.[1] ?? CHAPTER_FIRST[chapter];
}

/** The n-th (0-based) occurrence of a name in the document gets its own: rp_m_…, rp_m2_…, rp_m3_… (Word keeps one bookmark per name). */
const nth = (n: number) => (n > 0 ? String(n + 1) : '');

export const sectionBookmark = (section: SectionId, occurrence: number): string => `rp_s${nth(occurrence)}_${encodeId(section)}`;
export const projectBookmark = (projectId: string): string => `rp_p_${encodeId(projectId)}`;
export const itemBookmark = (ref: ItemRef, occurrence: number): string => `rp_${KIND_LETTER[ref.kind]}${nth(occurrence)}_${encodeId(ref.id)}`;

const SECTION_BY_CODE = new Map(SECTION_IDS.map((s) => [encodeId(s), s]));

export type ParsedBookmark =
  { kind: 'section'; section: SectionId } | { kind: 'item'; itemKind: ItemKind; encodedId: string } | { kind: 'project'; encodedId: string };

/** A bookmark name of ours, read back; null for anyone else's (Word's _Toc and _GoBack, our captions, an unknown section). */
export function parseBookmark(name: string): ParsedBookmark | null {
  const m = /^rp_([a-z])(\d{0,2})_([A-Za-z0-9_]+)$/.exec(name);
  if (!m) return null;
  const [, letter, , rest] = m as unknown as [string, string, string, string];
  if (letter === 's') {
    const section = SECTION_BY_CODE.get(rest);
    return section ? { kind: 'section', section } : null;
  }
  if (letter === 'p') return { kind: 'project', encodedId: rest };
  const itemKind = LETTER_KIND[letter];
  return itemKind ? { kind: 'item', itemKind, encodedId: rest } : null;
}

/** The document property that names the project a DOCX was exported from. */
export const PROJECT_PROPERTY = 'RancangPerubahanProyek';
