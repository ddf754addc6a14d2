/**
 * A long text (latar belakang, kata pengantar …) in the small Markdown subset the report
 * understands, with a toolbar for the four things it can do and a preview that shows exactly
 * what the report will print. Typing stays fluid in a 100,000-character text: the preview is
 * parsed from a deferred copy of the value.
 */
import {
  memo,
  Suspense,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useT } from '../i18n/useT';
import { LIMITS } from '../../../shared/model/limits';
import { insertParagraph, toggleList, toggleWrap, type Edit } from '../../../shared/text/markdownEdits';
import { firstStrongDirection } from '../../../shared/text/direction';
import { pastedGrid } from '../../../shared/text/pastedTable';
import { tableSource } from '../../../shared/text/textTable';
import { announce } from './announce';
import { describedBy, useTextDraft } from './Field';
import { RichTextPreview } from '../app/parts';
import { InsertPicture } from './InsertPicture';
import { useRenderCount } from './renderCount';
import { useDocumentSelector } from '../state/useWorkspace';

// One formatter for every count: toLocaleString('id-ID') built a new one on each keystroke.
const COUNT = new Intl.NumberFormat('id-ID');

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

/**
 * Memoised: in a section of several long texts, a keystroke in one re-renders that one only (the
 * section passes handlers that keep their identity).
 */
export const RichTextField = memo(function RichTextField(props: Props) {
  const { t } = useT();
  useRenderCount(`field:${props.fieldName}`);
  const id = useId();
  const max = props.max ?? LIMITS.longText;
  const draft = useTextDraft({ value: props.value, onCommit: props.onCommit, max });
  const [preview, setPreview] = useState(props.previewOpen ?? !!props.readOnly);
  const deferred = useDeferredValue(draft.shown);
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  const error = draft.error ?? props.error;
  // The pictures only (for the preview): selecting the whole project re-rendered the field on any edit anywhere.
  const attachments = useDocumentSelector((d) => d.history.present.attachments);
  // The words that do not change while typing, looked up once per language rather than on every key.
  const words = useMemo(
    () => ({
      toolbar: t('editing.richText.toolbar', { field: props.label }),
      bold: t('editing.richText.bold'),
      italic: t('editing.richText.italic'),
      bullets: t('editing.richText.bullets'),
      numbers: t('editing.richText.numbers'),
      hidePreview: t('editing.richText.hidePreview'),
      showPreview: t('editing.richText.showPreview'),
      syntax: `${t('editing.richText.syntax')} ${t('longText.syntax')}`,
      preview: t('editing.richText.preview'),
      previewEmpty: t('editing.richText.previewEmpty'),
    }),
    [t, props.label],
  );

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

  const previewId = `${id}-preview`;
  return (
    <div className={`field field-wide rich-text${error ? ' field-error' : ''}`}>
      <div className="rich-text-head">
        <label htmlFor={id}>{props.label}</label>
        {!props.readOnly && (
          <div className="rich-text-toolbar" role="toolbar" aria-label={words.toolbar}>
            <button type="button" className="small" onClick={() => apply((x) => toggleWrap(x, '**'))} title="Ctrl+B" aria-label={words.bold}>
              <strong aria-hidden="true">B</strong>
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleWrap(x, '*'))} title="Ctrl+I" aria-label={words.italic}>
              <em aria-hidden="true">I</em>
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleList(x, false))}>
              {words.bullets}
            </button>
            <button type="button" className="small" onClick={() => apply((x) => toggleList(x, true))}>
              {words.numbers}
            </button>
            <InsertPicture onInsert={(block, select) => apply((x) => insertParagraph(x, block, select))} />
          </div>
        )}
        <button type="button" className="small preview-toggle" aria-expanded={preview} aria-controls={previewId} onClick={() => setPreview((v) => !v)}>
          {preview ? words.hidePreview : words.showPreview}
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        dir={firstStrongDirection(draft.shown)}
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
        {!props.readOnly && words.syntax} <span className="char-count">{t('editing.richText.length', { n: COUNT.format(draft.shown.length) })}</span>
      </p>
      {error && (
        <p className="message error" id={`${id}-msg`} role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section id={previewId} className="rich-text-preview" aria-label={`${words.preview}: ${props.label}`} data-testid="rich-preview">
          <p className="preview-caption">{words.preview}</p>
          <Suspense fallback={null}>
            <RichTextPreview source={deferred} empty={words.previewEmpty} attachments={attachments} />
          </Suspense>
        </section>
      )}
    </div>
  );
});
