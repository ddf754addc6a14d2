/**
 * Text into Word runs. Every string passes through here: characters XML cannot carry (control
 * characters, lone surrogates) are dropped instead of producing a file Word refuses to open, line
 * breaks become breaks, and a missing value prints a visible "[belum diisi]".
 */
import { TextRun, type IRunOptions } from 'docx';
import { stripInvalidXml } from '../../charts/xml';
import { breakLongWords, neutraliseBidi } from '../../text/displaySafe';
import type { Run } from '../../text/richText';
import { MISSING } from '../terms';
import { PLACEHOLDER_COLOR } from './styles';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

export function textRuns(runs: Run[], style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const placeholder = r.text === MISSING;
    // Bidi overrides cannot be isolated per field in Word, so they are dropped; long words get
    // break opportunities so they wrap (and the layout stays linear in the text's length).
    const lines = breakLongWords(neutraliseBidi(stripInvalidXml(r.text)))
      .replace(/\r\n?/g, '\n')
      .split('\n');
    lines.forEach((line, i) => {
      out.push(
        new TextRun({
          text: line.replace(/\t/g, ' '),
          ...style,
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(placeholder ? { color: PLACEHOLDER_COLOR } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
      );
    });
  }
  return out;
}

export const plain = (text: string, style: RunStyle = {}) => textRuns([{ text }], style);

export function placeholderRun(style: RunStyle = {}): TextRun {
  return new TextRun({ text: MISSING, italics: true, bold: true, color: PLACEHOLDER_COLOR, ...style });
}
