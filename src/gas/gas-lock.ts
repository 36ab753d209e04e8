/** LockPort over LockService: the document lock, or the script lock where the run has no document. */
import type { LockPort } from '../ports';
import type { LockApi, LockServiceApi } from './gas-api';

export class GasLock implements LockPort {
  private readonly lock: LockApi;

  /**
   * `flush` is SpreadsheetApp.flush: pending writes are applied before the lock goes, so the next
   * run that takes the lock never reads a sheet this one has not finished writing.
   */
  constructor(
    service: LockServiceApi,
    private readonly flush: () => void,
    /** Forgets what this execution looked up before it held the lock (another run may have changed it while it waited). */
    private readonly acquired: () => void = () => {},
  ) {
    this.lock = service.getDocumentLock() ?? service.getScriptLock();
  }

  tryAcquire(waitMs: number): boolean {
    if (!this.lock.tryLock(waitMs)) return false;
    this.acquired();
    return true;
  }

  release(): void {
    if (!this.lock.hasLock()) return;
    try {
      this.flush();
    } finally {
      this.lock.releaseLock();
    }
  }
}
