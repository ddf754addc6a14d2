/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it and
 * screen readers announce it as a dialog, with no focus-management code of our own.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  actions?: ReactNode;
  /** alertdialog for errors and questions that need an answer. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

export function Modal({ open, title, onClose, children, actions, role = 'dialog', wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal-wide' : ''}`}
      role={role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="modal-body">{children}</div>
      {actions && <div className="modal-actions">{actions}</div>}
    </dialog>
  );
}
