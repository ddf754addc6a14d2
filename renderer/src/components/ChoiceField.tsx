/** A choice that may still be open ("— belum dipilih —"): funding source, person in charge, owner. */
import { memo, useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { describedBy, FieldShell } from './Field';
import type { FieldFrameProps } from './FieldShell';

interface Props<V extends string> extends FieldFrameProps {
  value: V | null;
  options: readonly { value: V; label: string }[];
  onCommit(value: V | null): void;
  /** false when a value is always required (no empty choice offered once set). */
  allowNone?: boolean;
}

/**
 * From this many options on (200 team members as person in charge), a choice not yet used holds only
 * its current option: forty milestone rows with 200 options each made opening the section slow. The
 * full list is put in when the field gets the focus or the pointer, before it opens or takes a key.
 */
const LAZY_OPTIONS_FROM = 30;

export function ChoiceField<V extends string>(props: Props<V>) {
  const { t } = useT();
  const id = useId();
  const [full, setFull] = useState(props.options.length < LAZY_OPTIONS_FROM);
  const options = full ? props.options : props.options.filter((o) => o.value === props.value);
  const message = props.error ?? props.warning;
  // A value no longer among the options (a removed team member) is shown, not silently replaced.
  const known = props.value === null || props.options.some((o) => o.value === props.value);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error} warning={props.warning} hideLabel={props.hideLabel}>
      <select
        id={id}
        value={props.value ?? ''}
        disabled={props.readOnly}
        data-field={props.fieldName}
        aria-invalid={!!props.error || undefined}
        aria-describedby={describedBy(id, props.hint, message)}
        onChange={(e) => props.onCommit(e.target.value === '' ? null : (e.target.value as V))}
        onFocus={full ? undefined : () => setFull(true)}
        onPointerDown={full ? undefined : () => setFull(true)}
      >
        {(props.allowNone !== false || props.value === null) && <option value="">{t('editing.select.none')}</option>}
        {!known && <option value={props.value!}>{props.value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxGroupProps<V extends string> {
  legend: ReactNode;
  values: readonly V[];
  options: readonly { value: V; label: ReactNode }[];
  onCommit(values: V[]): void;
  readOnly?: boolean;
  fieldName?: string;
  hint?: ReactNode;
  emptyText?: ReactNode;
}

/** Several choices at once (kinds of innovation, budget lines of a milestone), in the options' order. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const hintId = useId();
  // One toggle for the group's whole life, reading the values and options as they are when a box is ticked, so the
  // memoised boxes below render again only when their own box changes: a milestone's 200 stakeholders were 200
  // checkboxes rendered (and their attributes written) again on each letter typed in the milestone's title.
  const latest = useRef(props);
  latest.current = props;
  const toggle = useCallback((v: string, on: boolean) => {
    const { values, options, onCommit } = latest.current;
    const set = new Set<string>(values);
    if (on) set.add(v);
    else set.delete(v);
    onCommit(options.map((o) => o.value).filter((x) => set.has(x)));
  }, []);
  return (
    <fieldset className="checkbox-group" data-field={props.fieldName} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.options.length === 0 && props.emptyText && <p className="hint">{props.emptyText}</p>}
      <div className="checkbox-options">
        {props.options.map((o) => (
          <CheckboxOption key={o.value} value={o.value} label={o.label} checked={props.values.includes(o.value)} readOnly={props.readOnly} onToggle={toggle} />
        ))}
      </div>
    </fieldset>
  );
}

const CheckboxOption = memo(function CheckboxOption(props: {
  value: string;
  label: ReactNode;
  checked: boolean;
  readOnly: boolean | undefined;
  onToggle(value: string, on: boolean): void;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={props.checked} disabled={props.readOnly} onChange={(e) => props.onToggle(props.value, e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
});
