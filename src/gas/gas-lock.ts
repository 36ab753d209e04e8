/** LockPort over LockService: the document lock, or the script lock where the run has no document. */
import type { LockPort } from '../ports';
import type { LockApi, LockServiceApi } from './gas-api';

export class GasLock implements LockPort {
  private readonly lock: LockApi;

  constructor(service: LockServiceApi) {
    this.lock = service.getDocumentLock() ?? service.getScriptLock();
  }

  tryAcquire(waitMs: number): boolean {
    return this.lock.tryLock(waitMs);
  }

  release(): void {
    if (this.lock.hasLock()) this.lock.releaseLock();
  }
}
