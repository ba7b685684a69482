import { randomBytes } from 'node:crypto';

/**
 * The renderer never sends a path (issue 2): a host hands it opaque ids for the files and
 * folders that a dialog, the in-app browser or the recent list produced, and accepts only
 * those back. In memory, per host process: ids die with the process.
 *
 * Every id has one purpose and is accepted only for it: a workshop id opens and saves a
 * workshop, an import id (from the in-app dialog's CSV listing) is only read by an import, a
 * folder id is only browsed or saved into. So a CSV offered for import can never be written
 * over with a workshop, nor a workshop read as an import.
 */
export type GrantPurpose = 'workshop' | 'import' | 'folder';

export interface Grant {
  readonly path: string;
  readonly purpose: GrantPurpose;
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
  grant(path: string, purpose: GrantPurpose, options: { confined?: boolean } = {}): string {
    const key = `${purpose}\u0000${options.confined ? 'c' : 'u'}\u0000${path}`;
    const existing = this.idByKey.get(key);
    if (existing && this.byId.has(existing)) return existing;
    let id = newGrantId();
    while (this.byId.has(id)) id = newGrantId();
    this.byId.set(id, { path, purpose, confined: options.confined ?? false, known: null });
    this.idByKey.set(key, id);
    return id;
  }

  /** The grant behind an id, or null when this process never handed it out for that purpose. */
  resolve(id: string, purpose: GrantPurpose): Grant | null {
    const grant = this.byId.get(id);
    return grant && grant.purpose === purpose ? grant : null;
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
