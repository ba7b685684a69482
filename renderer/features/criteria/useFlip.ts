import { useLayoutEffect, useRef, type RefObject } from 'react';

const DURATION_MS = 320;
const EASING = 'cubic-bezier(0.2, 0, 0, 1)';

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/**
 * FLIP ("first, last, invert, play"): children of `list` marked `data-flip-id` glide from where
 * they were drawn to their new place whenever the list re-orders. Only transforms animate (no
 * layout work per frame), so it keeps up with a slider moving at pointer speed; a move that
 * arrives mid-animation starts from where the item is drawn at that moment. Off when the system
 * asks for reduced motion, and where the Web Animations API is missing.
 */
export function useFlip(list: RefObject<HTMLElement | null>): void {
  const positions = useRef(new Map<string, number>());

  // Every commit: the order, the close-call notes or the list's length may have moved items.
  useLayoutEffect(() => {
    const root = list.current;
    if (!root) return;
    const animate = !prefersReducedMotion();
    // Measure everything first, then start the animations: starting one invalidates styles, and
    // reading a position after that would force a layout per item.
    const rootTop = root.getBoundingClientRect().top + root.clientTop;
    const next = new Map<string, number>();
    const moves: { element: HTMLElement; delta: number }[] = [];
    for (const element of root.querySelectorAll<HTMLElement>(':scope > [data-flip-id]')) {
      const id = element.dataset.flipId;
      if (!id) continue;
      const top = element.offsetTop;
      next.set(id, top);
      const before = positions.current.get(id);
      // Unmoved items keep any animation they are in the middle of.
      if (before === undefined || before === top) continue;
      if (!animate || typeof element.animate !== 'function') continue;
      // Where the item is drawn now, relative to its new slot (non-zero mid-animation).
      const drawnOffset = element.getBoundingClientRect().top - rootTop - top;
      const delta = before + drawnOffset - top;
      if (Math.abs(delta) >= 0.5) moves.push({ element, delta });
    }
    positions.current = next;
    for (const { element, delta } of moves) {
      for (const running of element.getAnimations()) running.cancel();
      element.animate([{ transform: `translateY(${delta}px)` }, { transform: 'translateY(0)' }], {
        duration: DURATION_MS,
        easing: EASING,
      });
    }
  });
}
