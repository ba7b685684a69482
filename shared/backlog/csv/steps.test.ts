import { describe, expect, it } from 'vitest';
import { runCooperatively, runToEnd } from './steps';

function* countTo(n: number, log: string[]): Generator<number, string, void> {
  try {
    for (let i = 1; i < n; i += 1) yield i;
    return `counted to ${n}`;
  } finally {
    log.push('cleaned up');
  }
}

describe('runToEnd', () => {
  it('returns what the generator returns', () => {
    expect(runToEnd(countTo(5, []))).toBe('counted to 5');
  });
});

describe('runCooperatively', () => {
  it('reports progress and yields to the host between slices', async () => {
    const seen: number[] = [];
    let pauses = 0;
    const result = await runCooperatively(
      countTo(4, []),
      {
        onProgress: (value) => seen.push(value),
        yieldToHost: () => {
          pauses += 1;
          return Promise.resolve();
        },
      },
      'cancelled',
    );
    expect(result).toBe('counted to 4');
    expect(seen).toEqual([1, 2, 3]);
    expect(pauses).toBe(3);
  });

  it('stops when the host cancels and lets the generator clean up', async () => {
    const log: string[] = [];
    let calls = 0;
    const result = await runCooperatively(
      countTo(100, log),
      { yieldToHost: () => Promise.resolve(), isCancelled: () => ++calls === 2 },
      'cancelled',
    );
    expect(result).toBe('cancelled');
    expect(log).toEqual(['cleaned up']);
  });
});
