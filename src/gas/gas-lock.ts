/**
 * LockPort for one spreadsheet: LockService's document lock where Apps Script gives one, else a
 * lease kept in the document's own properties. The script lock is shared by every user and every
 * document of a published add-on, so it is never this document's lock: it is held only for the
 * moment it takes to read and write the lease.
 */
import type { LockPort } from '../ports';
import type { LockApi, LockServiceApi, PropertiesApi } from './gas-api';

/** Document property holding the lease: who holds this document and until when (epoch ms). */
export const LEASE_KEY = 'spiral.lock.lease';
/** An execution lives at most six minutes; a lease outlives that a little, so a killed run's lease lapses. */
export const LEASE_MS = 390_000;
/** How long the script lock may be waited for while reading or writing the lease. */
const SCRIPT_LOCK_WAIT_MS = 2_000;
/** Between two looks at a lease someone else holds. */
const POLL_MS = 500;

export interface Lease {
  owner: string;
  until: number;
}

export interface GasLockParts {
  locks: LockServiceApi;
  /** The document's properties: where the lease lives when there is no document lock. */
  properties: PropertiesApi;
  /** SpreadsheetApp.flush: pending writes are applied before the lock goes. */
  flush: () => void;
  /** Forgets what this execution looked up before it held the lock (another run may have changed it). */
  acquired?: () => void;
  sleep: (ms: number) => void;
  now: () => number;
}

export class GasLock implements LockPort {
  private readonly documentLock: LockApi | null;
  private readonly owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  private leased = false;

  constructor(private readonly parts: GasLockParts) {
    this.documentLock = parts.locks.getDocumentLock();
  }

  tryAcquire(waitMs: number): boolean {
    const held = this.documentLock ? this.documentLock.tryLock(waitMs) : this.takeLease(waitMs);
    if (held) this.parts.acquired?.();
    return held;
  }

  release(): void {
    const held = this.documentLock ? this.documentLock.hasLock() : this.leased;
    if (!held) return;
    try {
      this.parts.flush();
    } finally {
      if (this.documentLock) this.documentLock.releaseLock();
      else this.dropLease();
    }
  }

  /** Takes the lease when it is free, lapsed or already this execution's; looks again until `waitMs` is spent. */
  private takeLease(waitMs: number): boolean {
    const tries = Math.max(1, Math.ceil(waitMs / POLL_MS) + 1);
    for (let i = 0; i < tries; i++) {
      if (i > 0) this.parts.sleep(POLL_MS);
      const taken = this.withScriptLock(() => {
        const lease = this.lease();
        const now = this.parts.now();
        if (lease !== null && lease.owner !== this.owner && lease.until > now) return false;
        const mine: Lease = { owner: this.owner, until: now + LEASE_MS };
        this.parts.properties.setProperty(LEASE_KEY, JSON.stringify(mine));
        return true;
      });
      if (taken) {
        this.leased = true;
        return true;
      }
    }
    return false;
  }

  private dropLease(): void {
    this.leased = false;
    this.withScriptLock(() => {
      if (this.lease()?.owner === this.owner) this.parts.properties.deleteProperty(LEASE_KEY);
      return true;
    });
  }

  /** Runs a short read-and-write of the lease under the script lock; false when the script lock stayed busy. */
  private withScriptLock(work: () => boolean): boolean {
    const script = this.parts.locks.getScriptLock();
    if (!script.tryLock(SCRIPT_LOCK_WAIT_MS)) return false;
    try {
      return work();
    } finally {
      script.releaseLock();
    }
  }

  private lease(): Lease | null {
    const text = this.parts.properties.getProperty(LEASE_KEY);
    if (text === null) return null;
    try {
      const value = JSON.parse(text) as Partial<Lease>;
      return typeof value.owner === 'string' && typeof value.until === 'number'
        ? { owner: value.owner, until: value.until }
        : null;
    } catch {
      // A value edited by hand holds nothing.
      return null;
    }
  }
}
