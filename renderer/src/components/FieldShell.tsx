/** The frame of every form field: its label, hint and message, wired for screen readers. */
import type { ReactNode } from 'react';

/** What every field takes besides its value: its words, its messages and how it is shown. */
export interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  /** A problem with the stored value found elsewhere (e.g. "a reason is required"). */
  error?: ReactNode;
  warning?: ReactNode;
  readOnly?: boolean;
  /** In a table cell the column header names the field for sighted users; the label stays for screen readers. */
  hideLabel?: boolean;
  /** The data-field name tests and the readiness links find the control by. */
  fieldName?: string;
}

export interface FieldShellProps extends Pick<FieldFrameProps, 'label' | 'hint' | 'error' | 'warning' | 'hideLabel'> {
  id: string;
  children: ReactNode;
  wide?: boolean;
  className?: string;
}

export function FieldShell({ id, label, hint, error, warning, children, wide, hideLabel, className }: FieldShellProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="message error" id={`${id}-msg`} role="alert">
          {error}
        </p>
      )}
      {!error && warning && (
        <p className="message warning" id={`${id}-msg`}>
          {warning}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, message?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', message ? `${id}-msg` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}
