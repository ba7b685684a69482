import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { FocusRequest } from './useKeyboardPick';

/**
 * The board's status line: the last move in words, shown and read out. The same sentence twice
 * in a row (pressing → at the edge again) gets an invisible difference so it is read again.
 */
export function useAnnouncer(): [string, (text: string) => void] {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const announce = useCallback(
    (text: string) => setMessage((previous) => ({ text, count: previous.count + 1 })),
    [],
  );
  return [message.count % 2 === 0 ? message.text : `${message.text}\u200b`, announce];
}

/**
 * Moves focus to a card after the render that put it where it now is: a move re-renders the
 * card in another cell, and focus must stay on it (WAI-ARIA drag and drop). Requests for a
 * backlog row are returned for the (virtualized) backlog panel to fulfil.
 */
export function useFocusRequest(
  root: RefObject<HTMLElement | null>,
): [FocusRequest | null, (request: FocusRequest) => void] {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  // After effects, not layout effects: a dialog closing in the same render gives focus back
  // to where it was opened in its effect's cleanup, and the card must win.
  useEffect(() => {
    if (request?.kind !== 'card' || !root.current) return;
    const target = [...root.current.querySelectorAll<HTMLElement>('[data-card-handle]')].find(
      (element) => element.dataset.cardHandle === request.itemId,
    );
    if (target && document.activeElement !== target) target.focus();
  }, [request, root]);
  // A new object each time, so asking twice for the same card focuses it twice.
  const requestFocus = useCallback((next: FocusRequest) => setRequest({ ...next }), []);
  return [request, requestFocus];
}
