/**
 * Where the database keeps its files, so that a full disk is answered with the place to free
 * space. Known once the database is open (openDatabase): the embedded cluster's real directory
 * (DATA_DIR/pg, or its relocation under /var/lib/rpa-readiness), or nothing for an external server.
 */
export interface DatabaseDisk {
  /** The embedded cluster's directory; undefined for an external server, whose disk is its own. */
  readonly clusterDir: string | undefined;
  /**
   * True while the embedded PostgreSQL is down because its disk is full (its PANIC or failed
   * start said so), or while that disk has less room than WAL needs to grow: connections lost
   * meanwhile are answered with the full disk, not a restart.
   */
  readonly full: boolean;
}

export const EXTERNAL_DATABASE_DISK: DatabaseDisk = { clusterDir: undefined, full: false };
