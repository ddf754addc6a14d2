/**
 * The report's outline as Markdown, for the pandoc comparison in report.bench.ts: the same
 * chapters, paragraphs, tables, charts and pictures (evidence photos and pictures in long texts,
 * the same bytes), so pandoc converts equivalent content.
 */
import type { PictureData } from '../../shared/report/images';
import type { Block, ReportOutline } from '../../shared/report/outline';
import type { Run } from '../../shared/text/richText';

const runs = (rs: Run[]) =>
  rs
    .map((r) => (r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text))
    .join('')
    .replace(/\n/g, ' ');
const cellText = (c: unknown) =>
  (typeof c === 'string'
    ? c
    : (c as { text?: string; runs?: Run[]; missing?: boolean }).missing
      ? '[belum diisi]'
      : ((c as { text?: string }).text ?? runs((c as { runs?: Run[] }).runs ?? []))
  )
    .replace(/\n/g, ' ')
    .replace(/\|/g, '\\|');

/** Where pandoc finds a chart (by figure id) and an embedded picture (by its data). */
export interface PictureFiles {
  figure: (id: string) => string;
  picture: (p: PictureData) => string;
}

function block(b: Block, files: PictureFiles): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.text}`;
    case 'rich':
      return b.source.trim() || '[belum diisi]';
    case 'paragraph':
      return runs(b.runs);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runs(item)}`).join('\n');
    case 'table': {
      const head = `| ${b.columns.map((c) => c.header).join(' | ')} |\n|${b.columns.map(() => '---').join('|')}|`;
      const rows = b.rows.map((r) => `| ${r.map(cellText).join(' | ')} |`).join('\n');
      return `${b.caption ? `**${b.caption.label}** ${b.caption.title}\n\n` : ''}${head}\n${rows}`;
    }
    case 'figure':
      return `![${b.caption.label} ${b.caption.title}](${files.figure(b.figureId)}){width=100%}`;
    case 'picture':
      return `![${b.caption}](${files.picture(b.picture)}){width=80%}`;
  }
}

export function outlineMarkdown(o: ReportOutline, files: PictureFiles): string {
  const parts = [`---\ntitle: "${o.documentType}"\n---`];
  for (const ch of o.chapters) {
    parts.push(`# ${ch.title}`);
    for (const b of ch.blocks) parts.push(block(b, files));
  }
  return parts.join('\n\n');
}
