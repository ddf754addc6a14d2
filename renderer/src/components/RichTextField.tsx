/**
 * A long text (latar belakang, kata pengantar …) in the small Markdown subset the report
 * understands, with a toolbar for the four things it can do and a preview that shows exactly
 * what the report will print. Typing stays fluid in a 100,000-character text: the preview is
 * parsed from a deferred copy of the value.
 */
import { Suspense, useDeferredValue, useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';
import { insertParagraph, toggleList, toggleWrap, type Edit } from '../../../shared/text/markdownEdits';
import { pastedGrid } from '../../../shared/text/pastedTable';
import { tableSource } from '../../../shared/text/textTable';
import { announce } from './announce';
import { describedBy, useTextDraft } from './Field';
import { RichTextPreview } from '../app/parts';
import { useEdit } from './useEdit';
import { InsertPicture } from './InsertPicture';

interface Props {
  label: string;
  value: string;
  onCommit(value: string): void;
  fieldName: string;
  hint?: ReactNode;
  error?: ReactNode;
  readOnly?: boolean;
  rows?: number;
  max?: number;
  /** Open the preview from the start (read-only viewers read the preview, not the source). */
  previewOpen?: boolean;
}

export function RichTextField(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const max = props.max ?? LIMITS.longText;
  const draft = useTextDraft({ value: props.value, onCommit: props.onCommit, max });
  const [preview, setPreview] = useState(props.previewOpen ?? !!props.readOnly);
  const deferred = useDeferredValue(draft.shown);
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  const error = draft.error ?? props.error;
  const attachments = useEdit().p.attachments;

  // React rewrites the textarea's value after a toolbar edit, which moves the caret to the end.
  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && area.current) {
      area.current.setSelectionRange(sel.start, sel.end);
      pendingSelection.current = null;
    }
  });

  const apply = (edit: (e: Edit) => Edit) => {
    const el = area.current;
    if (!el || props.readOnly) return;
    const next = edit({ text: el.value, start: el.selectionStart, end: el.selectionEnd });
    pendingSelection.current = { start: next.start, end: next.end };
    draft.onChange(next.text);
    el.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      e.preventDefault();
      apply((x) => toggleWrap(x, key === 'b' ? '**' : '*'));
    }
  };

  // Table data pasted from a spreadsheet, a word processor or a browser becomes a pipe table; the
  // clipboard's markup is read as text only (shared/text/pastedTable.ts), never rendered.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (props.readOnly) return;
    const grid = pastedGrid(e.clipboardData.getData('text/html'), e.clipboardData.getData('text/plain'));
    if (!grid) return;
    e.preventDefault();
    const caption = t('longText.tableCaption');
    const { source, cut } = tableSource(grid, caption);
    const from = 'Tabel: '.length;
    apply((x) => insertParagraph(x, source, { from, to: from + caption.length }));
    const l = LIMITS.richText;
    announce(
      cut
        ? t('longText.pastedCut', { rows: String(l.tableRows), columns: String(l.tableColumns), chars: String(l.cellChars) })
        : t('longText.pasted', { rows: String(grid.length - 1), columns: String(grid[0]!.length) }),
    );
  };

  const toolbarLabel = t('editing.richText.toolbar', { field: props.label });
  const previewId = `${id}-preview`;
  return (
    <div className={`field field-wide rich-text${error ? ' field-error' : ''}`}>
      <div className="rich-text-head">
        <label htmlFor={id}>{props.label}</label>
        {!props.readOnly && (
          <div className="rich-text-toolbar" role="toolbar" aria-label={toolbarLabel}>
            <button type="button" className="small" onClick={() => apply((x) => toggleWrap(x, '**'))} title="Ctrl+B" aria-label={t('editing.richText.bold')}>
              <strong aria-hidden="true">B</strong>
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleWrap(x, '*'))} title="Ctrl+I" aria-label={t('editing.richText.italic')}>
              <em aria-hidden="true">I</em>
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleList(x, false))}>
              {t('editing.richText.bullets')}
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleList(x, true))}>
              {t('editing.richText.numbers')}
            </button>
            <InsertPicture onInsert={(block, select) => apply((x) => insertParagraph(x, block, select))} />
          </div>
        )}
        <button type="button" className="small preview-toggle" aria-expanded={preview} aria-controls={previewId} onClick={() => setPreview((v) => !v)}>
          {preview ? t('editing.richText.hidePreview') : t('editing.richText.showPreview')}
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        value={draft.shown}
        rows={props.rows ?? 8}
        readOnly={props.readOnly}
        aria-invalid={!!error || undefined}
        aria-describedby={describedBy(id, true, error)}
        data-field={props.fieldName}
        onChange={(e) => draft.onChange(e.target.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <p className="hint" id={`${id}-hint`}>
        {props.hint && <>{props.hint} </>}
        {!props.readOnly && (
          <>
            {t('editing.richText.syntax')} {t('longText.syntax')}
          </>
        )}{' '}
        <span className="char-count">{t('editing.richText.length', { n: draft.shown.length.toLocaleString('id-ID') })}</span>
      </p>
      {error && (
        <p className="message error" id={`${id}-msg`} role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section id={previewId} className="rich-text-preview" aria-label={`${t('editing.richText.preview')}: ${props.label}`} data-testid="rich-preview">
          <p className="preview-caption">{t('editing.richText.preview')}</p>
          <Suspense fallback={null}>
            <RichTextPreview source={deferred} empty={t('editing.richText.previewEmpty')} attachments={attachments} />
          </Suspense>
        </section>
      )}
    </div>
  );
}
