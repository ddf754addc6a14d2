/**
 * Numbers as Indonesian documents write them ("1.500", "2,5", "Rp40.000"), whatever the UI
 * language, because they go into an Indonesian report. What is typed stays in the field while it
 * is being edited, and only a complete, valid number is committed: when the typing pauses, when
 * the field is left, on Enter, or before a shortcut (Ctrl+Z) acts. So "52" in a 1–5 score never
 * stores the "5" of its first keystroke. While the entry is not valid, the save status names the
 * field and the file keeps the last valid value.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { parseNumberEntry } from '../../../shared/format/numberEntry';
import { formatNumber } from '../../../shared/format/numbers';
import { useWorkspaceStore } from '../state/useWorkspace';
import { describedBy, FieldShell, type FieldFrameProps } from './FieldShell';
import { useDraft } from './useDraft';

/** A pause this long in typing commits a valid entry (leaving the field commits at once). */
export const NUMBER_COMMIT_PAUSE_MS = 700;

/** Its messages are its own (what is wrong with the number typed), so it takes no error or warning. */
export interface NumberInputProps extends Omit<FieldFrameProps, 'error' | 'warning'> {
  value: number | null;
  onCommit(value: number | null): void;
  min: number;
  max: number;
  integer?: boolean;
  /** The message for any out-of-range or non-integer entry, when one sentence says it better (scores). */
  rangeMessage?: string;
  /** Shown before the input, e.g. "Rp". */
  prefix?: string;
  className?: string;
  /** What an emptied field stores: null ("not filled in") or, for amounts, 0. */
  emptyAs?: number | null;
  /** false for years and counts that are not written with thousands separators. */
  grouping?: boolean;
  /** Accept a product of factors ("3 x 20"), as budget volumes are written. */
  factors?: boolean;
  /**
   * Where this number sits (a list and its row, or a part of the project outside any list): while
   * its entry is not valid, the store knows where, so totals, ranks and the readiness check derived
   * from it show they are pending (state/pending.ts), and the save status names it with its row
   * ("Volume, baris 3"). `row` is 1-based, as shown.
   */
  place?: { list: string; itemId: string; row?: number };
}

export function NumberInput(props: NumberInputProps) {
  const { t } = useT();
  const id = useId();
  const store = useWorkspaceStore();
  // An outside change (undo, reload) replaces whatever is being typed; our own commit does not.
  const { draft, setDraft, markCommitted } = useDraft(props.value);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const latest = useRef(props);
  latest.current = props;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const problem = draft === null ? null : check(draft, props);
  // A score says one thing whatever is wrong ("a whole number from 1 to 5"); other numbers say what is wrong.
  const error =
    problem === null
      ? undefined
      : props.rangeMessage
        ? props.rangeMessage
        : problem === 'range'
          ? t('editing.number.outOfRange', { min: formatNumber(props.min), max: formatNumber(props.max) })
          : t(`editing.number.${problem}`);
  const shown = draft ?? (props.value === null ? '' : props.grouping === false ? String(props.value).replace('.', ',') : formatNumber(props.value));
  const entry = draft !== null && problem === null ? parseNumberEntry(draft) : null;
  const product = entry?.factors ? `${entry.factors.map((f) => formatNumber(f)).join(' × ')} = ${formatNumber(entry.value)}` : null;

  // The save status names the fields whose entry is not valid; values derived from them show they are pending.
  const invalid = problem !== null;
  const name = typeof props.label === 'string' ? props.label : (props.fieldName ?? '');
  const row = props.place?.row;
  const label = row === undefined ? name : t('pending.fieldInRow', { field: name, row: String(row) });
  const list = props.place?.list;
  const itemId = props.place?.itemId;
  const field = props.fieldName ?? '';
  useEffect(() => {
    const place = list !== undefined && itemId !== undefined ? { list, itemId, field } : undefined;
    store.document?.setInvalidDraft(id, invalid ? label : null, place);
  }, [store, id, invalid, label, list, itemId, field]);
  useEffect(
    () => () => {
      store.document?.setInvalidDraft(id, null);
    },
    [store, id],
  );

  const commit = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Dropped meanwhile (undo, reload): the outside value wins.
    if (draftRef.current !== text) return;
    const p = latest.current;
    if (check(text, p) !== null) return;
    const n = text.trim() === '' ? (p.emptyAs ?? null) : parseNumberEntry(text)!.value;
    if (n === p.value) return;
    markCommitted(n);
    p.onCommit(n);
  };
  // Leaving the section unmounts the field: what was valid is kept.
  // Only on unmount: commit reads the latest props through its refs, so the first one is enough.
  const commitOnUnmount = () => {
    if (timer.current && draftRef.current !== null) commit(draftRef.current);
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => commitOnUnmount, []);

  const onChange = (text: string) => {
    setDraft(text);
    draftRef.current = text;
    if (timer.current) clearTimeout(timer.current);
    timer.current = check(text, props) === null ? setTimeout(() => commit(text), NUMBER_COMMIT_PAUSE_MS) : null;
  };

  const hint: ReactNode = product ?? props.hint;
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={hint}
      error={error && `${error} ${t('editing.number.keptNotSaved')}`}
      hideLabel={props.hideLabel}
      className={props.className}
    >
      <span className={props.prefix ? 'input-prefixed' : 'input-plain'}>
        {props.prefix && (
          <span className="prefix" aria-hidden="true">
            {props.prefix}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode={props.integer ? 'numeric' : 'decimal'}
          value={shown}
          readOnly={props.readOnly}
          aria-invalid={!!error || undefined}
          aria-describedby={describedBy(id, hint, error)}
          data-field={props.fieldName}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            // Enter, and any shortcut (Ctrl+Z, Ctrl+S), act on the complete entry.
            if (draft !== null && (e.key === 'Enter' || e.ctrlKey || e.metaKey)) commit(draft);
          }}
          onBlur={() => {
            if (draft === null) return;
            commit(draft);
            // A product stays written as its factors until the field is shown afresh.
            if (check(draft, props) === null && !parseNumberEntry(draft)?.factors) setDraft(null);
          }}
        />
      </span>
    </FieldShell>
  );
}

type Problem = 'notNumber' | 'notInteger' | 'negative' | 'range';

function check(text: string, p: Pick<NumberInputProps, 'min' | 'max' | 'integer' | 'rangeMessage' | 'factors'>): Problem | null {
  if (text.trim() === '') return null;
  const entry = parseNumberEntry(text);
  if (entry === null || (entry.factors && !p.factors)) return 'notNumber';
  const n = entry.value;
  if (n < 0 && p.min >= 0) return p.rangeMessage ? 'range' : 'negative';
  if (p.integer && !Number.isInteger(n)) return p.rangeMessage ? 'range' : 'notInteger';
  if (n < p.min || n > p.max) return 'range';
  return null;
}

/** A 1–5 score (APKL, USG, likelihood, impact): a narrow box whose column header names it. */
export function ScoreInput(props: Omit<NumberInputProps, 'min' | 'max' | 'integer' | 'rangeMessage'>) {
  const { t } = useT();
  return <NumberInput {...props} min={1} max={5} integer rangeMessage={t('editing.number.score')} className={`score ${props.className ?? ''}`} />;
}

/** Whole rupiah, shown grouped ("40.000") with an "Rp" in front. */
export function MoneyInput(
  props: Omit<NumberInputProps, 'min' | 'integer' | 'prefix' | 'value' | 'onCommit' | 'emptyAs'> & { value: number; onCommit(v: number): void },
) {
  return (
    <NumberInput {...props} onCommit={(v) => props.onCommit(v ?? 0)} min={0} integer prefix="Rp" emptyAs={0} className={`money ${props.className ?? ''}`} />
  );
}
