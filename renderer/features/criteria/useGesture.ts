import { useCallback, useEffect, useRef } from 'react';
import { useServices } from '../../app/ServicesContext';

export interface Gesture {
  /** Starts a pointer gesture; it ends when the pointer is released or cancelled anywhere. */
  beginPointer(): void;
  /** Starts a keyboard gesture (a key held down repeats inside it); end it on key up. */
  beginKeys(): void;
  end(): void;
}

/**
 * One undo entry per slider drag or key press (STYLE §6: undo records intentions, not every
 * pixel). While a gesture is on, every live change updates the document without history; the
 * store records the whole move as one entry when it ends.
 */
export function useGesture(): Gesture {
  const { documents } = useServices();
  const release = useRef<AbortController | null>(null);
  const active = useRef(false);

  const end = useCallback(() => {
    release.current?.abort();
    release.current = null;
    if (!active.current) return;
    active.current = false;
    documents.getState().endGesture();
  }, [documents]);

  const begin = useCallback(() => {
    if (active.current) return;
    active.current = true;
    documents.getState().beginGesture();
  }, [documents]);

  const beginPointer = useCallback(() => {
    begin();
    release.current?.abort();
    const controller = new AbortController();
    release.current = controller;
    // On window: the pointer may be released far from the slider.
    window.addEventListener('pointerup', end, { signal: controller.signal });
    window.addEventListener('pointercancel', end, { signal: controller.signal });
  }, [begin, end]);

  // A slider that goes away mid-gesture (workspace switched by shortcut) still records its move.
  useEffect(() => end, [end]);

  return { beginPointer, beginKeys: begin, end };
}
