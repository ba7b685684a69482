import { describe, expect, it } from 'vitest';
import { valueFormatter } from './format';
import {
  hasHiddenValues,
  isDrawable,
  nearestStop,
  stepStop,
  valueAxis,
  xDomain,
  xStops,
  yDomain,
  type LineSeries,
  type ReferenceBand,
} from './lineScales';

function series(...values: (number | null)[]): LineSeries {
  return {
    key: 's',
    label: 'S',
    colour: '#0072B2',
    points: values.map((y, x) => ({ x, y })),
  };
}

const band: ReferenceBand = {
  label: 'Healthy',
  points: [
    { x: 0, low: 100, high: 100 },
    { x: 1, low: 120, high: 480 },
  ],
};

describe('yDomain', () => {
  it('starts a linear axis at zero and rounds its top to a nice value', () => {
    expect(yDomain([series(130, 169, 219.7)], undefined, 'linear')).toEqual([0, 250]);
  });

  it('makes room for the reference band', () => {
    expect(yDomain([series(100, 130)], band, 'linear')).toEqual([0, 500]);
  });

  it('goes below zero only for negative values', () => {
    expect(yDomain([series(-30, 50)], undefined, 'linear')).toEqual([-40, 60]);
  });

  it('still has a range when every value is zero or there are none', () => {
    expect(yDomain([series(0, 0)], undefined, 'linear')).toEqual([0, 1]);
    expect(yDomain([], undefined, 'log')).toEqual([1, 10]);
  });

  it('fits a log axis to the positive values, ignoring zeros', () => {
    const [low, high] = yDomain([series(0, 2_000, 4_000_000)], undefined, 'log');
    expect(low).toBeCloseTo(2_000 / 1.1, 6);
    expect(high).toBeCloseTo(4_400_000, 6);
  });

  it('spreads a flat series over a decade on a log axis', () => {
    const [low, high] = yDomain([series(500, 500)], undefined, 'log');
    expect(high / low).toBeCloseTo(10, 10);
    expect(Math.sqrt(low * high)).toBeCloseTo(500, 8);
  });
});

describe('valueAxis', () => {
  const money = valueFormatter({ kind: 'money', currency: 'USD' });

  it('maps the domain onto the range, bottom first', () => {
    const axis = valueAxis('linear', [0, 200], [300, 0], 4, money);
    expect(axis.scale(0)).toBe(300);
    expect(axis.scale(200)).toBe(0);
    expect(axis.ticks.map((t) => t.label)).toEqual(['$0', '$50', '$100', '$150', '$200']);
  });

  it('uses a logarithmic scale with labelled decades on a log axis', () => {
    const axis = valueAxis('log', [1e3, 1e6], [300, 0], 4, money);
    expect(axis.scale(1e3)).toBeCloseTo(300, 8);
    expect(axis.scale(1e4)).toBeCloseTo(200, 8);
    expect(axis.ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(
      expect.arrayContaining(['$1K', '$10K', '$100K', '$1M']),
    );
  });
});

describe('drawable values', () => {
  it('cannot draw zero, negatives or gaps on a log scale', () => {
    expect(isDrawable(0, 'log')).toBe(false);
    expect(isDrawable(-5, 'log')).toBe(false);
    expect(isDrawable(null, 'linear')).toBe(false);
    expect(isDrawable(Number.NaN, 'linear')).toBe(false);
    expect(isDrawable(0, 'linear')).toBe(true);
    expect(isDrawable(0.01, 'log')).toBe(true);
  });

  it('knows when a log scale hides a value the table still has', () => {
    expect(hasHiddenValues([series(0, 10)], 'log')).toBe(true);
    expect(hasHiddenValues([series(null, 10)], 'log')).toBe(false);
    expect(hasHiddenValues([series(0, 10)], 'linear')).toBe(false);
  });
});

describe('x stops and keyboard movement', () => {
  it('collects every x of every series and the band, in order', () => {
    const quarterly: LineSeries = { ...series(), points: [0.25, 0.5].map((x) => ({ x, y: 1 })) };
    expect(xStops([series(1, 2), quarterly], band)).toEqual([0, 0.25, 0.5, 1]);
    expect(xDomain([])).toEqual([-0.5, 0.5]);
    expect(xDomain([0, 5])).toEqual([0, 5]);
  });

  it('finds the stop nearest to the pointer', () => {
    const scale = (x: number) => x * 100;
    expect(nearestStop([0, 1, 2, 3], 149, scale)).toBe(1);
    expect(nearestStop([0, 1, 2, 3], 151, scale)).toBe(2);
    expect(nearestStop([0, 1, 2, 3], 999, scale)).toBe(3);
  });

  it('moves with arrows, jumps with Home and End, and stops at the ends', () => {
    expect(stepStop(null, 'ArrowRight', 4)).toBe(0);
    expect(stepStop(null, 'ArrowLeft', 4)).toBe(3);
    expect(stepStop(1, 'ArrowRight', 4)).toBe(2);
    expect(stepStop(3, 'ArrowRight', 4)).toBe(3);
    expect(stepStop(0, 'ArrowLeft', 4)).toBe(0);
    expect(stepStop(2, 'Home', 4)).toBe(0);
    expect(stepStop(0, 'End', 4)).toBe(3);
    expect(stepStop(1, 'a', 4)).toBeNull();
    expect(stepStop(null, 'ArrowRight', 0)).toBeNull();
  });
});
