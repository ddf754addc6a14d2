/**
 * Long texts (Markdown subset, parsed by shared/text/richText like the editor's preview) become
 * real Word paragraphs, numbered and bulleted lists, bold and italic.
 */
import { Paragraph } from 'docx';
import { blockText, type Block as TextBlock, type Run } from '../../text/richText';
import { placeholderRun, textRuns } from './runs';
import { NUMBERING, STYLE } from './styles';

/** Each list gets its own numbering instance, so every numbered list starts again at 1. */
export class ListInstances {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

export function listParagraphs(ordered: boolean, items: Run[][], lists: ListInstances): Paragraph[] {
  const instance = lists.take();
  return items.map(
    (runs) =>
      new Paragraph({
        style: STYLE.bodyFlush,
        numbering: { reference: ordered ? NUMBERING.ordered : NUMBERING.bullet, level: 0, instance },
        children: textRuns(runs),
      }),
  );
}

export function richParagraphs(blocks: readonly TextBlock[], required: boolean, lists: ListInstances): Paragraph[] {
  if (blocks.length === 0) return required ? [new Paragraph({ style: STYLE.body, children: [placeholderRun()] })] : [];
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(new Paragraph({ style: STYLE.body, children: textRuns(b.runs) }));
    else if (b.kind === 'heading') out.push(new Paragraph({ style: STYLE.bodyFlush, keepNext: true, children: textRuns(b.runs, { bold: true }) }));
    else if (b.kind === 'list') out.push(...listParagraphs(b.ordered, b.items, lists));
    // Tables and pictures are their own outline blocks (shared/report/longText.ts); a stray one prints its words.
    else out.push(new Paragraph({ style: STYLE.body, children: textRuns([{ text: blockText(b) }]) }));
  }
  return out;
}
