/**
 * Long work (parsing a 20 MB export, planning its import) is written as a generator that
 * yields progress between slices of work. These drivers run one to the end at once (tests, a
 * Web Worker) or slice by slice, handing control back to the host in between so the window
 * keeps painting and answering input.
 */

export interface Cooperation<Progress> {
  /** Called between slices; resolve it to continue, e.g. after a `setTimeout(0)` or a frame. */
  yieldToHost: () => Promise<void>;
  onProgress?: (progress: Progress) => void;
  /** Checked between slices; returning true stops the work. */
  isCancelled?: () => boolean;
}

export function runToEnd<Progress, Result>(steps: Generator<Progress, Result, void>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Runs `steps` slice by slice; resolves to `whenCancelled` if the host cancels. */
export async function runCooperatively<Progress, Result>(
  steps: Generator<Progress, Result, void>,
  cooperation: Cooperation<Progress>,
  whenCancelled: Result,
): Promise<Result> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    cooperation.onProgress?.(step.value);
    await cooperation.yieldToHost();
    if (cooperation.isCancelled?.() === true) {
      // Let the generator run its `finally` blocks, if any.
      steps.return(whenCancelled);
      return whenCancelled;
    }
  }
}
