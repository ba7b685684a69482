/** One line of `npm run bench`. Every `test/bench/*.bench.ts` default-exports a `Bench`. */
export interface BenchResult {
  name: string;
  /** Median of the measured runs, in milliseconds. */
  medianMs: number;
  /** Median of the bare baseline measured in the same run (e.g. Array.prototype.sort). */
  baselineMs?: number;
  baselineName?: string;
  /** Target the issue sets, in words, e.g. "ratio ≤ 3" or "≤ 2 ms median". */
  target?: string;
  /** Whether the target was met in this run. */
  met?: boolean;
  /** Extra figures, e.g. "412,000 rows/s". */
  note?: string;
}

export type Bench = () => Promise<BenchResult[]>;
