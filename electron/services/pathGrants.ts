import { randomBytes } from 'node:crypto';

/**
 * The renderer never sends a path (issue 2): a host hands it opaque ids for the files and
 * folders that a dialog, the in-app browser or the recent list produced, and accepts only
 * those back. In memory, per host process: ids die with the process.
 */
export type GrantKind = 'file' | 'folder';

export interface Grant {
  readonly path: string;
  readonly kind: GrantKind;
  /** Produced by browsing the workshop folder: re-checked to be inside it on every use. */
  readonly confined: boolean;
  /** The content this process last read or wrote, to check a save against (see workshopFiles). */
  known: { revision: string; schemaVersion: number } | null;
}

/** Matches the contract's opaque id: 24 URL-safe characters from 18 random bytes. */
function newGrantId(): string {
  return randomBytes(18).toString('base64url');
}

export class PathGrants {
  private readonly byId = new Map<string, Grant>();
  private readonly idByKey = new Map<string, string>();

  /** The id for this path; granting the same path again returns the same id. */
  grant(path: string, kind: GrantKind, options: { confined?: boolean } = {}): string {
    const key = `${kind}\u0000${options.confined ? 'c' : 'u'}\u0000${path}`;
    const existing = this.idByKey.get(key);
    if (existing && this.byId.has(existing)) return existing;
    let id = newGrantId();
    while (this.byId.has(id)) id = newGrantId();
    this.byId.set(id, { path, kind, confined: options.confined ?? false, known: null });
    this.idByKey.set(key, id);
    return id;
  }

  /** The grant behind an id, or null when this process never handed it out for that kind. */
  resolve(id: string, kind: GrantKind): Grant | null {
    const grant = this.byId.get(id);
    return grant && grant.kind === kind ? grant : null;
  }

  forget(id: string): void {
    const grant = this.byId.get(id);
    if (!grant) return;
    this.byId.delete(id);
    for (const [key, value] of this.idByKey) {
      if (value === id) this.idByKey.delete(key);
    }
  }

  get size(): number {
    return this.byId.size;
  }
}
