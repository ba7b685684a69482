/**
 * An opaque draft id: 16 random bytes as 22 url-safe base64 characters (matches the contract's
 * id rule, `[A-Za-z0-9_-]{8,64}`), so drafts of parallel sessions never collide.
 */
export function newDraftId(
  random: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b),
): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
