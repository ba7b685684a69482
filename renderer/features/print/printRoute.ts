/**
 * The print view's address: the app's own page with `?print=<jobId>` (the engines open it for
 * one job). Anything in the parameter is handed on as it is: the bridge validates the id, and
 * a bad one becomes a message on the page and a print error, never the app.
 */
export const PRINT_PARAM = 'print';

/** The job id of a print view URL's query, or null for the app itself. */
export function printJobIdFrom(search: string): string | null {
  return new URLSearchParams(search).get(PRINT_PARAM);
}
