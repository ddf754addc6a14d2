/**
 * Outline blocks as HTML: the same chapters, numbering, tables, figures and captions the DOCX is
 * built from (shared/report), so what a mentor reads in the app is what the exported report says.
 * Everything is rendered as React text nodes; pictures come from blob URLs of the project's own
 * bytes and charts through the allow-list SVG converter.
 */
import { memo, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { headingSection } from '../../../shared/report/anchors';
import type { Block, Caption, Cell, Chapter, TableBlock } from '../../../shared/report/outline';
import type { PictureData } from '../../../shared/report/images';
import { MISSING } from '../../../shared/report/terms';
import type { Run } from '../../../shared/text/richText';
import type { SectionId } from '../../../shared/domain/sections';
import { RichTextPreview } from '../components/RichTextPreview';
import { SvgPicture } from '../components/SvgPicture';
import { ReadingNotesContext } from './readingNotes';

export function runs(list: readonly Run[]): ReactNode[] {
  return list.map((r, i) => {
    let node: ReactNode = r.text === MISSING ? <span className="reading-missing">{r.text}</span> : r.text;
    if (r.italic) node = <em>{node}</em>;
    if (r.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

function cellContent(c: Cell): ReactNode {
  if (typeof c === 'string') return c;
  if (c.missing) return <span className="reading-missing">{MISSING}</span>;
  if (c.runs) return runs(c.runs);
  return c.text ?? '';
}

function cellProps(c: Cell): {
  colSpan?: number;
  className?: string;
  style?: { textAlign?: 'left' | 'center' | 'right' | 'justify'; background?: string; fontWeight?: number };
} {
  if (typeof c === 'string') return {};
  return {
    ...(c.span && c.span > 1 ? { colSpan: c.span } : {}),
    style: { ...(c.align ? { textAlign: c.align } : {}), ...(c.shade ? { background: `#${c.shade}` } : {}), ...(c.bold ? { fontWeight: 700 } : {}) },
  };
}

function Table({ t }: { t: TableBlock }) {
  const Marks = useContext(ReadingNotesContext);
  // A last column, outside the table's borders, for the note marks of rows that stand for an item.
  const marked = Marks !== null && (t.rowItems ?? []).some(Boolean);
  const blank = marked ? <td className="reading-row-marks" /> : null;
  return (
    <figure className={`reading-table${t.compact ? ' compact' : ''}`}>
      {t.caption && (
        <figcaption id={t.caption.bookmark} tabIndex={-1}>
          <strong>{t.caption.label}</strong> {t.caption.title}
        </figcaption>
      )}
      {/* A table wider than the paper scrolls sideways; focusable so the keyboard can scroll it too. */}
      <div
        className="reading-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t.caption ? `${t.caption.label} ${t.caption.title}` : t.columns.map((c) => c.header).join(', ')}
      >
        <table>
          <thead>
            {t.groupHeader && (
              <tr>
                {t.groupHeader.map((g, i) => (
                  <th key={i} scope="colgroup" colSpan={g.span}>
                    {g.text}
                  </th>
                ))}
                {blank}
              </tr>
            )}
            <tr>
              {t.columns.map((c, i) => (
                <th key={i} scope="col" style={c.align ? { textAlign: c.align } : undefined}>
                  {c.header}
                </th>
              ))}
              {blank}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i} {...cellProps(c)}>
                    {cellContent(c)}
                  </td>
                ))}
                {marked && <RowMarks item={t.rowItems?.[r] ?? null} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {t.source && <p className="reading-source">{t.source}</p>}
    </figure>
  );
}

function RowMarks({ item }: { item: NonNullable<TableBlock['rowItems']>[number] }) {
  const Marks = useContext(ReadingNotesContext);
  return <td className="reading-row-marks">{Marks && item && <Marks target={{ type: 'ITEM', itemKind: item.kind, itemId: item.id }} compact />}</td>;
}

function Picture({ picture, caption, numbered }: { picture: PictureData; caption: string; numbered?: Caption | undefined }) {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([picture.data as BlobPart], { type: picture.type === 'png' ? 'image/png' : 'image/jpeg' })),
    [picture],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <figure className="reading-picture">
      <img src={url} alt={caption} width={picture.width} height={picture.height} />
      {numbered ? (
        <figcaption id={numbered.bookmark} tabIndex={-1}>
          <strong>{numbered.label}</strong> {caption}
        </figcaption>
      ) : (
        <figcaption>{caption}</figcaption>
      )}
    </figure>
  );
}

/** `marks`: this heading carries its section's note marks (the first heading of that section in its chapter). */
export function ReadingBlock({ block, anchor, marks }: { block: Block; anchor?: string; marks?: boolean }): ReactNode {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <SectionMarks section={marks ? block.section : undefined}>
          <h3 id={anchor} tabIndex={-1} className="reading-h2">
            {block.text}
          </h3>
        </SectionMarks>
      ) : (
        <h4 className="reading-h3">{block.text}</h4>
      );
    case 'rich':
      return (
        <div className="reading-rich">
          <RichTextPreview source={block.source} {...(block.blocks ? { blocks: block.blocks } : {})} empty={block.required === false ? '' : MISSING} />
        </div>
      );
    case 'paragraph':
      return (
        <p className={block.indent ? 'reading-indent' : undefined} style={block.align ? { textAlign: block.align } : undefined}>
          {runs(block.runs)}
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{runs(item)}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return <Table t={block} />;
    case 'figure':
      return (
        <figure className="reading-figure">
          <SvgPicture svg={block.chart.svg} />
          <figcaption id={block.caption.bookmark} tabIndex={-1}>
            <strong>{block.caption.label}</strong> {block.caption.title}
          </figcaption>
        </figure>
      );
    case 'picture':
      return <Picture picture={block.picture} caption={block.caption} numbered={block.numbered} />;
    default: {
      const unknown: never = block;
      return unknown;
    }
  }
}

/** A heading with its section's marks at its right, after it in reading order and outside it, so its name stays the document's words. */
function SectionMarks({ section, children }: { section: SectionId | undefined; children: ReactNode }) {
  const Marks = useContext(ReadingNotesContext);
  if (!Marks || !section) return children;
  return (
    <div className="reading-marked">
      {children}
      <Marks target={{ type: 'SECTION', sectionId: section }} />
    </div>
  );
}

/** Anchors of a chapter and its lettered sub-sections, shared by the chapter and the contents list. */
export const chapterAnchor = (i: number) => `baca-bab-${i}`;
export const sectionAnchor = (i: number, j: number) => `baca-bab-${i}-${j}`;

export const ReadingChapter = memo(function ReadingChapter({ chapter, index, label }: { chapter: Chapter; index: number; label: string | null }) {
  let h = 0;
  // Several headings of a chapter may belong to one section (PENUTUP's Kesimpulan and Saran): its marks go on the first.
  const marked = new Set<SectionId>();
  const carries = (b: Block) => b.kind === 'heading' && b.level === 2 && !!b.section && !marked.has(b.section) && !!marked.add(b.section);
  // The chapter title carries the marks of the chapter's first section when no sub-heading does.
  const first = chapter.code ? headingSection(chapter.code, null) : null;
  const own = first !== null && !chapter.blocks.some((b) => b.kind === 'heading' && b.level === 2 && b.section === first) ? first : null;
  return (
    <section className="reading-chapter" aria-labelledby={chapterAnchor(index)}>
      <SectionMarks section={own ?? undefined}>
        <h2 id={chapterAnchor(index)} tabIndex={-1}>
          {label && <span className="reading-bab">{label}</span>}
          {chapter.title}
        </h2>
      </SectionMarks>
      {chapter.blocks.map((b, j) => (
        <ReadingBlock key={j} block={b} {...(b.kind === 'heading' && b.level === 2 ? { anchor: sectionAnchor(index, h++), marks: carries(b) } : {})} />
      ))}
    </section>
  );
});
