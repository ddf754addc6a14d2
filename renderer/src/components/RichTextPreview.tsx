/**
 * A long text as the report will print it: the same block model (shared/text/richText.ts) the
 * DOCX builder uses, rendered as React text nodes, so hostile or pasted HTML shows as text.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseBoundedRichText, type Run } from '../../../shared/text/richText';

function runs(list: Run[]): ReactNode[] {
  return list.map((r, i) => {
    const parts = r.text.split('\n');
    let node: ReactNode = parts.flatMap((part, j) => (j === 0 ? [part] : [<br key={`br${j}`} />, part]));
    if (r.italic) node = <em>{node}</em>;
    if (r.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

export const RichTextPreview = memo(function RichTextPreview({ source, empty }: { source: string; empty: string }) {
  const { t } = useTranslation();
  const { blocks, limited } = parseBoundedRichText(source);
  if (blocks.length === 0) return <p className="hint">{empty}</p>;
  return (
    <>
      {limited && (
        <p className="hint" role="note" data-testid="rich-limited">
          {t(`editing.richText.limited.${limited}`)}
        </p>
      )}
      {blocks.map((b, i) => {
        if (b.kind === 'paragraph') return <p key={i}>{runs(b.runs)}</p>;
        if (b.kind === 'heading')
          return (
            <p key={i} className="rt-heading">
              <strong>{runs(b.runs)}</strong>
            </p>
          );
        const items = b.items.map((item, j) => <li key={j}>{runs(item)}</li>);
        return b.ordered ? (
          <ol key={i} start={b.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      })}
    </>
  );
});
