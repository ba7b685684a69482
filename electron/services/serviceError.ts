/**
 * An error whose message is meant for the user: one sentence, no absolute paths, no stack.
 * The dispatcher passes its message through; any other error becomes a generic one.
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}
