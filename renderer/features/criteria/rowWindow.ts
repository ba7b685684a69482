import { useEffect, useState, type RefObject } from 'react';
import { useRemPixels } from '../../ui/useRemPixels';

/**
 * Row virtualization for the scoring matrix: rows have one fixed height, so which rows are on
 * screen is arithmetic on the scroll position. Only those (plus a margin, plus the row holding
 * the keyboard cursor so focus never lands on a row that does not exist) are rendered: 2,000
 * items × 10 criteria stay a few hundred cells in the DOM.
 */

export interface RowRange {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

export const OVERSCAN_ROWS = 6;

export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = OVERSCAN_ROWS,
): RowRange {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return {
    start: Math.max(0, Math.min(rowCount, first - overscan)),
    end: Math.min(rowCount, last + overscan),
  };
}

/** Row indices to render: the range, and the cursor's row wherever it is. */
export function renderedRows(range: RowRange, pinned: number, rowCount: number): number[] {
  const rows: number[] = [];
  if (pinned >= 0 && pinned < range.start && pinned < rowCount) rows.push(pinned);
  for (let row = range.start; row < range.end; row++) rows.push(row);
  if (pinned >= range.end && pinned < rowCount) rows.push(pinned);
  return rows;
}

/** Before the scroll box has been measured (and in jsdom, which lays nothing out). */
const UNMEASURED_HEIGHT = 640;

interface Viewport {
  scrollTop: number;
  height: number;
  /** The root font size in px: rows are sized in rem, which grows on a projector. */
  rem: number;
}

type ScrollBox = Omit<Viewport, 'rem'>;

/** The scroll box's position and size, kept current through scroll and resize. */
export function useViewport(scroller: RefObject<HTMLElement | null>): Viewport {
  const rem = useRemPixels();
  const [box, setBox] = useState<ScrollBox>({ scrollTop: 0, height: UNMEASURED_HEIGHT });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setBox((current) => {
        const next = {
          scrollTop: element.scrollTop,
          height: element.clientHeight > 0 ? element.clientHeight : UNMEASURED_HEIGHT,
        };
        return next.scrollTop === current.scrollTop && next.height === current.height
          ? current
          : next;
      });
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [scroller]);

  return { ...box, rem };
}
