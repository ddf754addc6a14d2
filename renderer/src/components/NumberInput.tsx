/**
 * Numbers as Indonesian documents write them ("1.500", "2,5", "Rp40.000"), whatever the UI
 * language, because they go into an Indonesian report. What is typed stays in the field while it
 * is being edited; only an acceptable number is committed, and anything else gets a message in
 * words beside the field (nothing typed is lost, nothing invalid is stored).
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseIndonesianNumber } from '../../../shared/format/numbers';
import { describedBy, FieldShell, type FieldFrameProps } from './FieldShell';
import { useDraft } from './useDraft';

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
}

export function NumberInput(props: NumberInputProps) {
  const { t } = useTranslation();
  const id = useId();
  // An outside change (undo, reload) replaces whatever is being typed; our own commit does not.
  const { draft, setDraft, markCommitted } = useDraft(props.value);

  const problem = draft === null ? null : check(draft, props);
  // A score says one thing whatever is wrong ("a whole number from 1 to 5"); other numbers say what is wrong.
  const error = problem === null ? undefined
    : props.rangeMessage ? props.rangeMessage
      : problem === 'range' ? t('editing.number.outOfRange', { min: formatNumber(props.min), max: formatNumber(props.max) })
        : t(`editing.number.${problem}`);
  const shown = draft ?? (props.value === null ? '' : props.grouping === false ? String(props.value).replace('.', ',') : formatNumber(props.value));

  const onChange = (text: string) => {
    setDraft(text);
    if (check(text, props) !== null) return;
    const n = text.trim() === '' ? (props.emptyAs ?? null) : parseIndonesianNumber(text);
    markCommitted(n);
    props.onCommit(n);
  };

  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error && `${error} ${t('editing.number.keptNotSaved')}`}
      hideLabel={props.hideLabel} className={props.className}>
      <span className={props.prefix ? 'input-prefixed' : 'input-plain'}>
        {props.prefix && <span className="prefix" aria-hidden="true">{props.prefix}</span>}
        <input id={id} type="text" inputMode={props.integer ? 'numeric' : 'decimal'} value={shown} readOnly={props.readOnly}
          aria-invalid={!!error || undefined} aria-describedby={describedBy(id, props.hint, error)} data-field={props.fieldName}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => { if (draft !== null && check(draft, props) === null) setDraft(null); }} />
      </span>
    </FieldShell>
  );
}

type Problem = 'notNumber' | 'notInteger' | 'negative' | 'range';

function check(text: string, p: Pick<NumberInputProps, 'min' | 'max' | 'integer' | 'rangeMessage'>): Problem | null {
  if (text.trim() === '') return null;
  const n = parseIndonesianNumber(text);
  if (n === null) return 'notNumber';
  if (n < 0 && p.min >= 0) return p.rangeMessage ? 'range' : 'negative';
  if (p.integer && !Number.isInteger(n)) return p.rangeMessage ? 'range' : 'notInteger';
  if (n < p.min || n > p.max) return 'range';
  return null;
}

/** A 1–5 score (APKL, USG, likelihood, impact): a narrow box whose column header names it. */
export function ScoreInput(props: Omit<NumberInputProps, 'min' | 'max' | 'integer' | 'rangeMessage'>) {
  const { t } = useTranslation();
  return <NumberInput {...props} min={1} max={5} integer rangeMessage={t('editing.number.score')} className={`score ${props.className ?? ''}`} />;
}

/** Whole rupiah, shown grouped ("40.000") with an "Rp" in front. */
export function MoneyInput(props: Omit<NumberInputProps, 'min' | 'integer' | 'prefix' | 'value' | 'onCommit' | 'emptyAs'> & { value: number; onCommit(v: number): void }) {
  return <NumberInput {...props} onCommit={(v) => props.onCommit(v ?? 0)} min={0} integer prefix="Rp" emptyAs={0} className={`money ${props.className ?? ''}`} />;
}
