import { useEffect, useState } from 'react';

export interface ContainerMetrics {
  /** Whole CSS pixels available for the chart. */
  width: number;
  /** The container's computed font size: chart text scales with it (laptop vs projector). */
  fontSize: number;
}

/** Where nothing can be measured (jsdom has no layout and no ResizeObserver). */
export const UNMEASURED_WIDTH = 640;
export const DEFAULT_FONT_SIZE = 16;

interface Overrides {
  width?: number;
  fontSize?: number;
}

function canObserveSize(): boolean {
  return typeof ResizeObserver !== 'undefined';
}

/**
 * The width and font size of the element given to `ref`, kept current with a ResizeObserver.
 * Null until the first measurement, and while the element has no width (a hidden tab): a chart
 * drawn at width 0 would signal it is ready with nothing on it.
 *
 * `width` / `fontSize` overrides win (print and tests); without a ResizeObserver the page cannot
 * lay out anyway, so the overrides or fixed defaults are used straight away.
 */
export function useContainerMetrics(overrides: Overrides = {}): {
  ref: (element: HTMLElement | null) => void;
  metrics: ContainerMetrics | null;
} {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [observed, setObserved] = useState<ContainerMetrics | null>(null);
  const observable = canObserveSize();

  useEffect(() => {
    if (!element || !observable) return;
    // The observer reports once as soon as it starts observing, so no separate first measure.
    const observer = new ResizeObserver(() => {
      const width = Math.floor(element.clientWidth);
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || DEFAULT_FONT_SIZE;
      setObserved((previous) =>
        previous?.width === width && previous.fontSize === fontSize
          ? previous
          : { width, fontSize },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, observable]);

  return { ref: setElement, metrics: resolveMetrics(observable, observed, overrides) };
}

function resolveMetrics(
  observable: boolean,
  observed: ContainerMetrics | null,
  overrides: Overrides,
): ContainerMetrics | null {
  if (!observable) {
    return {
      width: overrides.width ?? UNMEASURED_WIDTH,
      fontSize: overrides.fontSize ?? DEFAULT_FONT_SIZE,
    };
  }
  if (overrides.width !== undefined && overrides.fontSize !== undefined) {
    return { width: overrides.width, fontSize: overrides.fontSize };
  }
  if (!observed) return null;
  const width = overrides.width ?? observed.width;
  if (width <= 0) return null;
  return { width, fontSize: overrides.fontSize ?? observed.fontSize };
}
