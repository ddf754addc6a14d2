/**
 * Form fields with their label, hint and message wired for screen readers. A field keeps what the
 * user typed even when it cannot be accepted (too long, not a number), shows why beside it, and
 * commits only acceptable values: nothing typed is lost, nothing invalid reaches the project.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  warning?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

export function FieldShell({ id, label, hint, error, warning, children, wide }: FieldShellProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="message error" id={`${id}-msg`} role="alert">{error}</p>}
      {!error && warning && <p className="message warning" id={`${id}-msg`}>{warning}</p>}
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, message?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', message ? `${id}-msg` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onCommit(value: string): void;
  max: number;
  hint?: ReactNode;
  warning?: ReactNode;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  wide?: boolean;
  placeholder?: string;
  /** Normalise what is typed before it is stored (e.g. NIP spaces removed). */
  normalise?(v: string): string;
  /** How the stored value is shown while the field is not being edited. */
  display?(v: string): string;
  fieldName?: string;
}

export function TextField(props: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const committed = useRef(props.value);
  // Undo/redo or a reload changes the stored value from outside: drop the draft then, but not
  // when the change is our own commit (the user may be typing spaces that normalise removes).
  useEffect(() => {
    if (props.value !== committed.current) setDraft(null);
    committed.current = props.value;
  }, [props.value]);
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
    committed.current = stored;
    props.onCommit(stored);
  };
  const common = {
    id,
    value: shown,
    readOnly: props.readOnly,
    'aria-invalid': tooLong || undefined,
    'aria-describedby': describedBy(id, props.hint, error ?? props.warning),
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (draft !== null && draft.length <= props.max) setDraft(null);
    },
    placeholder: props.placeholder,
    'data-field': props.fieldName,
  };
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} warning={props.warning} wide={props.wide ?? props.multiline}>
      {props.multiline
        ? <textarea {...common} rows={props.rows ?? 6} onChange={(e) => onChange(e.target.value)} />
        : <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

interface NumberFieldProps {
  label: ReactNode;
  value: number | null;
  onCommit(value: number | null): void;
  min: number;
  max: number;
  integer?: boolean;
  hint?: ReactNode;
  readOnly?: boolean;
  fieldName?: string;
}

export function NumberField(props: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  useEffect(() => setDraft(null), [props.value]);
  const shown = draft ?? (props.value === null ? '' : String(props.value));
  let error: string | undefined;
  if (draft !== null && draft.trim() !== '') {
    const n = Number(draft.replace(',', '.'));
    if (!Number.isFinite(n) || (props.integer && !Number.isInteger(n))) error = t('common.notNumber');
    else if (n < props.min || n > props.max) error = t('common.outOfRange', { min: String(props.min), max: String(props.max) });
  }
  const onChange = (v: string) => {
    setDraft(v);
    if (v.trim() === '') return props.onCommit(null);
    const n = Number(v.replace(',', '.'));
    if (Number.isFinite(n) && (!props.integer || Number.isInteger(n)) && n >= props.min && n <= props.max) props.onCommit(n);
  };
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      <input id={id} type="text" inputMode="numeric" value={shown} readOnly={props.readOnly}
        aria-invalid={!!error || undefined} aria-describedby={describedBy(id, props.hint, error)}
        data-field={props.fieldName}
        onChange={(e) => onChange(e.target.value)} onBlur={() => { if (!error) setDraft(null); }} />
    </FieldShell>
  );
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
      <select id={id} value={props.value} disabled={props.disabled} aria-describedby={describedBy(id, props.hint)}
        data-field={props.fieldName}
        onChange={(e) => props.onCommit(e.target.value as V)}>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

interface DateFieldProps {
  label: ReactNode;
  value: string | null;
  onCommit(value: string | null): void;
  hint?: ReactNode;
  error?: ReactNode;
  readOnly?: boolean;
  fieldName?: string;
}

export function DateField(props: DateFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <input id={id} type="date" value={props.value ?? ''} readOnly={props.readOnly} min="1900-01-01" max="2200-12-31"
        aria-invalid={!!props.error || undefined} aria-describedby={describedBy(id, props.hint, props.error)}
        data-field={props.fieldName}
        onChange={(e) => props.onCommit(e.target.value === '' ? null : e.target.value)} />
    </FieldShell>
  );
}
