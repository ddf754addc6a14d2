/** Pieces of the cover and the approval page about people: "Penata Tingkat I (III/d)", "NIP …", signature blocks. */
import { AlignmentType, LineRuleType, Paragraph, type TextRun, UnderlineType } from 'docx';
import { groupNip } from '../../format/nip';
import type { Person } from '../../model/types';
import { placeholderRun, plain } from './runs';
import { STYLE } from './styles';

export function pangkatGolongan(p: Person): string {
  const pangkat = p.pangkat.trim();
  const gol = p.golongan.trim();
  return pangkat && gol ? `${pangkat} (${gol})` : pangkat || gol;
}

/** "NIP 19850312 201001 2 014", held together by no-break spaces: a NIP never wraps inside itself. */
export function nipRuns(p: Person): TextRun[] {
  return p.nip.trim() ? plain(`NIP ${groupNip(p.nip)}`.replace(/ /g, '\u00a0')) : [...plain('NIP '), placeholderRun()];
}

/** Room to sign above the name, in twips, at full size (the approval page may shrink it to fit). */
export const SIGNATURE_GAP = 1300;

/** "Mentor," + room to sign + the name underlined in bold (wrapping at spaces) + NIP, centred in its cell. */
export function signatureBlock(role: string, person: Person, gap = SIGNATURE_GAP): Paragraph[] {
  const name = person.name.trim();
  const centred = { style: STYLE.bodyFlush, alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } };
  return [
    new Paragraph({ ...centred, children: plain(role) }),
    new Paragraph({
      ...centred,
      spacing: { ...centred.spacing, before: gap },
      children: name ? plain(name, { bold: true, underline: { type: UnderlineType.SINGLE } }) : [placeholderRun()],
    }),
    new Paragraph({ ...centred, children: nipRuns(person) }),
  ];
}
