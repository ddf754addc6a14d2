/**
 * Form fields with their label, hint and message wired for screen readers. A field keeps what the
 * user typed even when it cannot be accepted (too long, not a number), shows why beside it, and
 * commits only acceptable values: nothing typed is lost, nothing invalid reaches the project.
 */
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { DATE_YEARS } from '../../../shared/model/limits';
import { useDraft } from './useDraft';
import { describedBy, FieldShell, type FieldFrameProps } from './FieldShell';
import { NumberInput, type NumberInputProps } from './NumberInput';
import { firstStrongDirection } from '../../../shared/text/direction';

export { describedBy, FieldShell } from './FieldShell';

interface TextFieldProps extends FieldFrameProps {
  value: string;
  onCommit(value: string): void;
  max: number;
  multiline?: boolean;
  rows?: number;
  wide?: boolean;
  placeholder?: string;
  /** Normalise what is typed before it is stored (e.g. NIP spaces removed). */
  normalise?(v: string): string;
  /** How the stored value is shown while the field is not being edited. */
  display?(v: string): string;
}

/**
 * The draft behind a text input: what is typed is committed when acceptable; an over-long text
 * stays in the field as a local draft with a message and is never committed.
 */
export function useTextDraft(props: Pick<TextFieldProps, 'value' | 'onCommit' | 'max' | 'normalise' | 'display'>) {
  const { t } = useT();
  const { draft, setDraft, markCommitted } = useDraft(props.value);
  const [focused, setFocused] = useState(false);
  const shown = draft ?? (focused || !props.display ? props.value : props.display(props.value));
  const tooLong = shown.length > props.max;
  const error = tooLong ? t('common.tooLong', { length: shown.length.toLocaleString(), max: props.max.toLocaleString() }) : undefined;
  const onChange = (v: string) => {
    if (v.length > props.max) {
      setDraft(v);
      return;
    }
    const stored = props.normalise ? props.normalise(v) : v;
    setDraft(stored === v ? null : v);
    markCommitted(stored);
    props.onCommit(stored);
  };
  return {
    shown,
    tooLong,
    error,
    onChange,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (draft !== null && draft.length <= props.max) setDraft(null);
    },
  };
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const draft = useTextDraft(props);
  const error = draft.error ?? props.error;
  const common = {
    id,
    value: draft.shown,
    readOnly: props.readOnly,
    'aria-invalid': !!error || undefined,
    'aria-describedby': describedBy(id, props.hint, error ?? props.warning),
    onFocus: draft.onFocus,
    onBlur: draft.onBlur,
    placeholder: props.placeholder,
    'data-field': props.fieldName,
  };
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={error}
      warning={props.warning}
      wide={props.wide ?? props.multiline}
      hideLabel={props.hideLabel}
    >
      {/* Read-only text is shown whole: a box that grows with its content (see .field-sizing in styles.css), never a single line that cuts it. */}
      {props.multiline || props.readOnly ? (
        <textarea
          {...common}
          dir={firstStrongDirection(draft.shown)}
          rows={props.multiline ? (props.rows ?? 6) : 1}
          onChange={(e) => draft.onChange(e.target.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(e) => draft.onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** A plain number (a year, a count): written without thousands separators. */
export function NumberField(props: Omit<NumberInputProps, 'grouping'>) {
  return <NumberInput {...props} grouping={false} />;
}

interface SelectFieldProps<V extends string> {
  label: ReactNode;
  value: V;
  options: readonly { value: V; label: string }[];
  onCommit(value: V): void;
  hint?: ReactNode;
  disabled?: boolean;
  fieldName?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={describedBy(id, props.hint)}
        data-field={props.fieldName}
        onChange={(e) => props.onCommit(e.target.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface DateFieldProps extends FieldFrameProps {
  value: string | null;
  onCommit(value: string | null): void;
}

/** The years a project date may have (the schema's range). */
const YEAR_MIN = DATE_YEARS.min;
const YEAR_MAX = DATE_YEARS.max;

/**
 * A calendar day. Typing a date digit by digit passes through years like 0002 and 0020, which
 * the project refuses; those stay in the field as a draft (a controlled input would otherwise be
 * reset and the keystroke lost) and are committed once the year is complete.
 */
export function DateField(props: DateFieldProps) {
  const { t } = useT();
  const id = useId();
  const { draft, setDraft, markCommitted } = useDraft(props.value);
  const [focused, setFocused] = useState(false);
  const year = draft ? Number(draft.slice(0, 4)) : null;
  const draftError =
    draft !== null && !focused && year !== null && (year < YEAR_MIN || year > YEAR_MAX)
      ? t('editing.dates.yearRange', { min: String(YEAR_MIN), max: String(YEAR_MAX) })
      : undefined;
  const error = draftError ?? props.error;
  const message = error ?? props.warning;
  const onChange = (v: string) => {
    const y = Number(v.slice(0, 4));
    if (v !== '' && (y < YEAR_MIN || y > YEAR_MAX)) {
      setDraft(v);
      return;
    }
    setDraft(null);
    const value = v === '' ? null : v;
    markCommitted(value);
    props.onCommit(value);
  };
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} warning={props.warning} hideLabel={props.hideLabel}>
      <input
        id={id}
        type="date"
        value={draft ?? props.value ?? ''}
        readOnly={props.readOnly}
        min={`${YEAR_MIN}-01-01`}
        max={`${YEAR_MAX}-12-31`}
        aria-invalid={!!error || undefined}
        aria-describedby={describedBy(id, props.hint, message)}
        data-field={props.fieldName}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}
