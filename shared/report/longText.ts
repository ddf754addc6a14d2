/**
 * A long text as report blocks. Its prose stays one `rich` block (already parsed, so each text is
 * parsed once per export under the report's formatting budget); a pipe table in it becomes a
 * numbered table of the chapter and a picture a numbered figure, both in the lists of tables and
 * figures like every other. Called while the chapter is built, so the numbers follow the order
 * of the page.
 */
import type { Attachment } from '../model/types';
import { parseRichText, type Block as TextBlock } from '../text/richText';
import type { TextPicture, TextTable } from '../text/textTable';
import type { ReportContext } from './context';
import { attachmentPicture } from './images';
import type { Block, TableBlock } from './outline';
import { MISSING } from './terms';

export function rich(c: ReportContext, source: string, required = true): Block[] {
  const blocks = parseRichText(source);
  const out: Block[] = [];
  let prose: TextBlock[] = [];
  const flush = (last = false) => {
    // The empty placeholder is printed only when the text holds nothing at all.
    if (prose.length || (last && out.length === 0)) out.push({ kind: 'rich', source: '', required: last && out.length === 0 && required, blocks: prose });
    prose = [];
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      flush();
      out.push(textTable(c, b.table));
    } else if (b.kind === 'picture') {
      flush();
      out.push(textPicture(c, b.picture));
    } else prose.push(b);
  }
  flush(true);
  return out;
}

function textTable(c: ReportContext, t: TextTable): TableBlock {
  return {
    kind: 'table',
    caption: c.numbers.nextTable(t.caption ?? MISSING),
    // Equal shares: the widths come from the measured cells (shared/report/tableLayout.ts).
    columns: t.header.map((header, i) => ({ header, weight: 1, ...(t.align[i] ? { align: t.align[i] } : {}) })),
    rows: t.rows.map((r) => r.map((text, i) => (text ? { text, ...(t.align[i] ? { align: t.align[i] } : {}) } : ''))),
  };
}

/** A picture of the project in the text; one that is gone or unreadable prints as a placeholder line, unnumbered. */
function textPicture(c: ReportContext, pic: TextPicture): Block {
  const a: Attachment | undefined = c.p.attachments.find((x) => x.id === pic.attachmentId);
  const data = a ? attachmentPicture(a) : null;
  const title = pic.caption || MISSING;
  if (!data) return { kind: 'paragraph', runs: [{ text: `[gambar tidak ditemukan: ${pic.caption || pic.attachmentId}]`, italic: true }], missing: true };
  return { kind: 'picture', picture: data, caption: title, numbered: c.numbers.nextFigure(title) };
}
