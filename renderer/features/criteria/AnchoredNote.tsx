import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

interface AnchoredNoteProps {
  /** The element the note points at; it is placed below it, or above when there is no room. */
  anchor: RefObject<HTMLElement | null>;
  id?: string;
  role?: 'tooltip' | 'alert';
  className: string;
  children: ReactNode;
}

const GAP_PX = 6;

/**
 * A note pinned next to an element of a scrolling table (the formula behind a total, why a
 * typed score was refused). Rendered into the body and fixed to the viewport, so neither the
 * table's scroll box nor a transformed row (virtualized rows are placed with transforms, which
 * would capture `position: fixed`) can clip or shift it; positioned from the anchor's box after
 * layout, written straight to the element's style.
 */
export function AnchoredNote({ anchor, id, role, className, children }: AnchoredNoteProps) {
  const note = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = note.current;
    const target = anchor.current;
    if (!element || !target) return;
    const box = target.getBoundingClientRect();
    const height = element.offsetHeight;
    const width = element.offsetWidth;
    const below = box.bottom + GAP_PX;
    const top =
      below + height > window.innerHeight ? Math.max(0, box.top - GAP_PX - height) : below;
    const left = Math.max(GAP_PX, Math.min(box.left, window.innerWidth - width - GAP_PX));
    element.style.top = `${top}px`;
    element.style.left = `${left}px`;
  });

  return createPortal(
    <div ref={note} id={id} role={role} className={`anchored-note ${className}`}>
      {children}
    </div>,
    document.body,
  );
}
