/** Pieces of the cover and the approval page about people: "Penata Tingkat I (III/d)", "NIP …", signature blocks. */
import { AlignmentType, LineRuleType, Paragraph, TextRun, UnderlineType } from 'docx';
import { groupNip } from '../../format/nip';
import type { Person } from '../../model/types';
import { placeholderRun, plain } from './runs';
import { STYLE } from './styles';

export function pangkatGolongan(p: Person): string {
  const pangkat = p.pangkat.trim();
  const gol = p.golongan.trim();
  return pangkat && gol ? `${pangkat} (${gol})` : pangkat || gol;
}

export function nipRuns(p: Person): TextRun[] {
  return p.nip.trim() ? plain(`NIP ${groupNip(p.nip)}`) : [...plain('NIP '), placeholderRun()];
}

/** "Mentor," + room to sign + the name underlined in bold + NIP, centred in its cell. */
export function signatureBlock(role: string, person: Person): Paragraph[] {
  const name = person.name.trim();
  const centred = { style: STYLE.bodyFlush, alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } };
  return [
    new Paragraph({ ...centred, children: plain(role) }),
    new Paragraph({ ...centred, spacing: { ...centred.spacing, before: 1300 }, children: name ? plain(name, { bold: true, underline: { type: UnderlineType.SINGLE } }) : [placeholderRun()] }),
    new Paragraph({ ...centred, children: nipRuns(person) }),
  ];
}
