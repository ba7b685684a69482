import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame, type ChartFrameProps } from './ChartFrame';
import type { ChartTable } from './DataTable';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table: ChartTable = {
  caption: 'Revenue',
  rowHeader: 'Year',
  columns: ['Base'],
  rows: [
    { key: '1', header: 'Year 1', cells: ['$1.2M'] },
    { key: '2', header: 'Year 2', cells: ['$1.5M'] },
  ],
};

function Frame(props: Partial<ChartFrameProps>) {
  return (
    <ChartFrame
      title="Revenue by scenario"
      description="Base grows from $1.2M to $1.5M."
      table={table}
      height={200}
      {...props}
    >
      {(layout) => <rect className="probe" width={layout.width} height={layout.height} />}
    </ChartFrame>
  );
}

/** A ResizeObserver the test drives: `resize(width)` reports a new width for every target. */
function installResizeObserver() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    targets: HTMLElement[] = [];
    constructor(private readonly callback: () => void) {
      observers.push(this);
    }
    observe(target: HTMLElement) {
      this.targets.push(target);
    }
    disconnect() {
      this.targets = [];
    }
    report() {
      if (this.targets.length > 0) this.callback();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeObserver);
  return {
    resize(width: number) {
      for (const observer of observers) {
        for (const target of observer.targets) {
          Object.defineProperty(target, 'clientWidth', { value: width, configurable: true });
        }
      }
      act(() => observers.forEach((observer) => observer.report()));
    },
  };
}

describe('ChartFrame', () => {
  it('names the SVG image by its title and describes it by its desc', () => {
    render(<Frame width={400} />);
    const image = screen.getByRole('img', { name: 'Revenue by scenario' });
    expect(image.tagName.toLowerCase()).toBe('svg');
    const descId = image.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(descId)?.textContent).toBe('Base grows from $1.2M to $1.5M.');
    expect(image.querySelector('title')?.textContent).toBe('Revenue by scenario');
  });

  it('draws at a fixed width and height, below a visible title line', () => {
    const { container } = render(<Frame width={400} height={180} fontSize={20} />);
    const svg = container.querySelector('svg');
    const probe = container.querySelector('.probe');
    expect(probe?.getAttribute('width')).toBe('400');
    expect(probe?.getAttribute('height')).toBe('180');
    // The title line is 2 × the title size (0.875 × 20 px).
    expect(svg?.getAttribute('height')).toBe(String(180 + 35));
    expect(container.querySelector('.chart__title')?.textContent).toBe('Revenue by scenario');
  });

  it('signals it is drawn once, however often it re-renders', () => {
    const onRendered = vi.fn();
    const { container, rerender } = render(<Frame width={400} onRendered={onRendered} />);
    const figure = container.querySelector('figure');
    expect(figure?.hasAttribute('data-chart')).toBe(true);
    expect(figure?.getAttribute('data-chart-ready')).toBe('true');
    rerender(<Frame width={500} onRendered={onRendered} />);
    expect(onRendered).toHaveBeenCalledTimes(1);
    expect(figure?.getAttribute('data-chart-ready')).toBe('true');
  });

  it('follows its container width and waits for a measurement before signalling', () => {
    const observer = installResizeObserver();
    const heightFor = vi.fn((width: number) => width / 2);
    const { container } = render(<Frame height={heightFor} />);
    const figure = container.querySelector('figure');
    expect(container.querySelector('svg')).toBeNull();
    expect(figure?.hasAttribute('data-chart-ready')).toBe(false);

    observer.resize(600);
    expect(container.querySelector('.probe')?.getAttribute('width')).toBe('600');
    expect(container.querySelector('.probe')?.getAttribute('height')).toBe('300');
    expect(figure?.getAttribute('data-chart-ready')).toBe('true');

    observer.resize(320);
    expect(container.querySelector('.probe')?.getAttribute('width')).toBe('320');
    expect(heightFor).toHaveBeenLastCalledWith(320, expect.objectContaining({ base: 16 }));
  });

  it('does not draw or signal while its container has no width (a hidden tab)', () => {
    const observer = installResizeObserver();
    const { container } = render(<Frame />);
    observer.resize(0);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('figure')?.hasAttribute('data-chart-ready')).toBe(false);
  });

  it('toggles an accessible data table with the same numbers', () => {
    render(<Frame width={400} />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(toggle);
    const shown = screen.getByRole('table', { name: 'Revenue' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(shown.parentElement?.id);
    expect(screen.getByRole('rowheader', { name: 'Year 2' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '$1.5M' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hide data table' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('starts with the table open when asked (print)', () => {
    render(<Frame width={400} tableOpen />);
    expect(screen.getByRole('table', { name: 'Revenue' })).toBeTruthy();
  });

  it('animates data changes unless told not to', () => {
    const { container, rerender } = render(<Frame width={400} />);
    expect(container.querySelector('figure')?.classList.contains('chart--animate')).toBe(true);
    rerender(<Frame width={400} animate={false} />);
    expect(container.querySelector('figure')?.classList.contains('chart--animate')).toBe(false);
  });

  it('makes an interactive plot focusable and announces what it reads', () => {
    const onKeyDown = vi.fn();
    const { container } = render(
      <Frame
        width={400}
        interaction={{ label: 'Revenue: arrow keys', onKeyDown, announcement: 'Year 1: $1.2M' }}
      />,
    );
    const plot = screen.getByRole('group', { name: 'Revenue: arrow keys' });
    expect(plot.tabIndex).toBe(0);
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Year 1: $1.2M');
  });

  it('uses no inline style attributes (the CSP forbids them)', () => {
    const { container } = render(<Frame width={400} tableOpen />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
