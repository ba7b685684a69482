import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { focusableIn } from './focusable';
import './dialog.css';

interface DialogProps {
  title: string;
  /** The sentence that says what the dialog is about; read out with the title. */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons at the bottom, most important last. */
  actions: ReactNode;
  /** Escape (and the caller's Cancel button) land here. */
  onCancel(): void;
  /** Where focus starts; the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for questions that interrupt (unsaved changes, conflicts, errors). */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

/**
 * A modal dialog: labelled by its title, focus kept inside while it is open and given back to
 * where it was when it closes, Escape cancels. The page behind is made inert by the app frame.
 */
export function Dialog({
  title,
  description,
  children,
  actions,
  onCancel,
  initialFocus,
  role = 'dialog',
  wide = false,
}: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const previous = document.activeElement;
    const root = panel.current;
    const target = initialFocus?.current ?? (root ? focusableIn(root)[0] : undefined) ?? root;
    target?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = focusableIn(panel.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !panel.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="dialog__description">
            {description}
          </div>
        ) : null}
        {children}
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
