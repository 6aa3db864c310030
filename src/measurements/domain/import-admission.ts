/** How many imports may run at once: on the server, for one office, for one user. */
export interface ImportSlotLimits {
  atOnce: number;
  atOncePerOrganization: number;
  atOncePerUser: number;
}

/** A running import's place; `release` may be called more than once. */
export interface ImportSlot {
  release(): void;
}

/** Why an import cannot start now: which limit is full. */
export interface ImportRefusal {
  limit: 'server' | 'organization' | 'user';
  running: number;
}

/**
 * Counts running imports. An import holds a database connection while its file streams in, so
 * the server's count bounds how many of the pool's connections imports can take, and the
 * office's and user's counts keep one office from taking all of those.
 */
export class ImportAdmission {
  private running = 0;
  private readonly byOrganization = new Map<string, number>();
  private readonly byUser = new Map<string, number>();

  constructor(private readonly limits: ImportSlotLimits) {}

  /** A slot for this user's import into this office, or which limit is full. */
  enter(userId: string, organizationId: string): ImportSlot | ImportRefusal {
    const ofOrganization = this.byOrganization.get(organizationId) ?? 0;
    const ofUser = this.byUser.get(userId) ?? 0;
    if (ofUser >= this.limits.atOncePerUser) return { limit: 'user', running: ofUser };
    if (ofOrganization >= this.limits.atOncePerOrganization) return { limit: 'organization', running: ofOrganization };
    if (this.running >= this.limits.atOnce) return { limit: 'server', running: this.running };
    this.running += 1;
    this.byOrganization.set(organizationId, ofOrganization + 1);
    this.byUser.set(userId, ofUser + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running -= 1;
        decrement(this.byOrganization, organizationId);
        decrement(this.byUser, userId);
      },
    };
  }
}

/** Counts that reach 0 are removed, so the maps hold only running imports. */
function decrement(counts: Map<string, number>, key: string): void {
  const count = (counts.get(key) ?? 1) - 1;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}

export function isImportRefusal(entry: ImportSlot | ImportRefusal): entry is ImportRefusal {
  return 'limit' in entry;
}
