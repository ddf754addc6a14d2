/**
 * A long text as the report will print it: the same block model (shared/text/richText.ts) the
 * DOCX builder uses, rendered as React text nodes, so hostile or pasted HTML shows as text.
 * Tables show as tables; pictures come from the project's own attachments by id (never a URL
 * from the text).
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/model/types';
import { parseBoundedRichText, type Block, type Run } from '../../../shared/text/richText';
import type { TextPicture, TextTable } from '../../../shared/text/textTable';
import { pictureUrl } from '../attachments/usePicturePicker';

function runs(list: Run[]): ReactNode[] {
  return list.map((r, i) => {
    const parts = r.text.split('\n');
    let node: ReactNode = parts.flatMap((part, j) => (j === 0 ? [part] : [<br key={`br${j}`} />, part]));
    if (r.italic) node = <em>{node}</em>;
    if (r.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

function PreviewTable({ table }: { table: TextTable }) {
  const { t } = useTranslation();
  return (
    <figure className="rt-table" data-testid="rt-table">
      <figcaption>
        <strong>{t('longText.tableLabel')}</strong> {table.caption ?? <em>{t('longText.noCaption')}</em>}
      </figcaption>
      <div className="rt-table-scroll">
        <table>
          <thead>
            <tr>
              {table.header.map((h, i) => (
                <th key={i} scope="col" style={table.align[i] ? { textAlign: table.align[i] } : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i} style={table.align[i] ? { textAlign: table.align[i] } : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function PreviewPicture({ picture, attachments }: { picture: TextPicture; attachments: readonly Attachment[] | undefined }) {
  const { t } = useTranslation();
  const a = attachments?.find((x) => x.id === picture.attachmentId);
  return (
    <figure className="rt-picture" data-testid="rt-picture">
      {a ? <img src={pictureUrl(a)} alt={picture.caption || a.name} /> : <p className="hint">{t('longText.pictureMissing')}</p>}
      <figcaption>
        <strong>{t('longText.pictureLabel')}</strong> {picture.caption || <em>{t('longText.noCaption')}</em>}
      </figcaption>
    </figure>
  );
}

export interface RichTextPreviewProps {
  source: string;
  empty: string;
  /** Already parsed blocks (the reading view's outline); otherwise `source` is parsed. */
  blocks?: readonly Block[];
  /** The project's pictures, for pictures placed in the text. */
  attachments?: readonly Attachment[];
}

export const RichTextPreview = memo(function RichTextPreview({ source, empty, blocks: given, attachments }: RichTextPreviewProps) {
  const { t } = useTranslation();
  const { blocks, limited } = given ? { blocks: given, limited: null } : parseBoundedRichText(source);
  if (blocks.length === 0) return empty ? <p className="hint">{empty}</p> : null;
  return (
    <>
      {limited && (
        <p className="hint" role="note" data-testid="rich-limited">
          {t(`editing.richText.limited.${limited}`)}
        </p>
      )}
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'paragraph':
            return <p key={i}>{runs(b.runs)}</p>;
          case 'heading':
            return (
              <p key={i} className="rt-heading">
                <strong>{runs(b.runs)}</strong>
              </p>
            );
          case 'table':
            return <PreviewTable key={i} table={b.table} />;
          case 'picture':
            return <PreviewPicture key={i} picture={b.picture} attachments={attachments} />;
          case 'list': {
            const items = b.items.map((item, j) => <li key={j}>{runs(item)}</li>);
            return b.ordered ? (
              <ol key={i} start={b.start}>
                {items}
              </ol>
            ) : (
              <ul key={i}>{items}</ul>
            );
          }
        }
      })}
    </>
  );
});
