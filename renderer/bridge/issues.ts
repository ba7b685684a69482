import type { z } from 'zod';

/** The first problem zod found, as `path: message` (the path is what helps when a host misbehaves). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
