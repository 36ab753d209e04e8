import { describe, expect, it } from 'vitest';
import { GasLock } from '../../src/gas/gas-lock';
import { createGasFakes } from '../fakes/gas-services';

describe('GasLock', () => {
  it('takes the document lock, waits as asked, and releases it', () => {
    const fakes = createGasFakes();
    const lock = new GasLock(fakes.LockService, () => fakes.SpreadsheetApp.flush());
    expect(lock.tryAcquire(30_000)).toBe(true);
    expect(fakes.locks.document.holder).toBe(fakes.executionId);
    expect(fakes.locks.document.lastWaitMs).toBe(30_000);
    expect(fakes.locks.script.holder).toBeNull();
    lock.release();
    expect(fakes.locks.document.holder).toBeNull();
  });

  it('reports false while another execution holds the lock, and leaves that lock alone on release', () => {
    const fakes = createGasFakes();
    fakes.locks.document.holder = 'another execution';
    const lock = new GasLock(fakes.LockService, () => fakes.SpreadsheetApp.flush());
    expect(lock.tryAcquire(1000)).toBe(false);
    lock.release();
    expect(fakes.locks.document.holder).toBe('another execution');
  });

  it('applies pending writes (SpreadsheetApp.flush) before it lets the lock go', () => {
    const fakes = createGasFakes();
    const order: string[] = [];
    fakes.env.fault = (method) => {
      if (method === 'flush' || method === 'releaseLock') order.push(method);
    };
    const lock = new GasLock(fakes.LockService, () => fakes.SpreadsheetApp.flush());
    lock.tryAcquire(10);
    lock.release();
    expect(order).toEqual(['flush', 'releaseLock']);
  });

  it('falls back to the script lock where the run has no document', () => {
    const fakes = createGasFakes({ container: 'none' });
    expect(fakes.LockService.getDocumentLock()).toBeNull();
    const lock = new GasLock(fakes.LockService, () => fakes.SpreadsheetApp.flush());
    expect(lock.tryAcquire(10)).toBe(true);
    expect(fakes.locks.script.holder).toBe(fakes.executionId);
  });
});
