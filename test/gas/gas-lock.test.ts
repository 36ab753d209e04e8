import { describe, expect, it } from 'vitest';
import { GasLock, LEASE_KEY, LEASE_MS } from '../../src/gas/gas-lock';
import { createGasFakes, type GasFakes } from '../fakes/gas-services';

const lockOf = (fakes: GasFakes) =>
  new GasLock({
    locks: fakes.LockService,
    properties: fakes.properties.document,
    flush: () => fakes.SpreadsheetApp.flush(),
    sleep: (ms) => fakes.Utilities.sleep(ms),
    now: () => fakes.clock.time ?? Date.now(),
  });

describe('GasLock over the document lock', () => {
  it('takes the document lock, waits as asked, and releases it', () => {
    const fakes = createGasFakes();
    const lock = lockOf(fakes);
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
    const lock = lockOf(fakes);
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
    const lock = lockOf(fakes);
    lock.tryAcquire(10);
    lock.release();
    expect(order).toEqual(['flush', 'releaseLock']);
  });
});

describe('GasLock where Apps Script gives no document lock', () => {
  const at = Date.parse('2026-11-09T03:00:00Z');
  const noDocumentLock = () => {
    const fakes = createGasFakes({ documentLock: false });
    fakes.clock.time = at;
    return fakes;
  };
  const lease = (fakes: GasFakes) => JSON.parse(fakes.properties.document.store.get(LEASE_KEY) ?? 'null');

  it('holds the script lock only while it writes a lease with an owner and an expiry in the document', () => {
    const fakes = noDocumentLock();
    const lock = lockOf(fakes);
    expect(lock.tryAcquire(10_000)).toBe(true);
    expect(fakes.locks.script.holder).toBeNull();
    expect(lease(fakes)).toMatchObject({ until: at + LEASE_MS });
    expect(typeof lease(fakes).owner).toBe('string');
    lock.release();
    expect(lease(fakes)).toBeNull();
  });

  it("a second run of the same document waits for the lease, then gives up; it never takes another's", () => {
    const fakes = noDocumentLock();
    const first = lockOf(fakes);
    first.tryAcquire(0);
    const second = lockOf(fakes.nextExecution({ documentLock: false }));
    expect(second.tryAcquire(3_000)).toBe(false);
    expect(fakes.clock.time).toBe(at + 3_000);
    second.release();
    expect(lease(fakes)).not.toBeNull();
    first.release();
    expect(second.tryAcquire(0)).toBe(true);
  });

  it('takes over a lease whose run was killed (past its expiry)', () => {
    const fakes = noDocumentLock();
    fakes.properties.document.store.set(LEASE_KEY, JSON.stringify({ owner: 'killed', until: at - 1 }));
    expect(lockOf(fakes).tryAcquire(0)).toBe(true);
    expect(lease(fakes).owner).not.toBe('killed');
  });

  it("another document's run never makes this one busy", () => {
    const a = noDocumentLock();
    const b = createGasFakes({ documentLock: false, spreadsheetId: 'spreadsheet-2', executionId: 'other' });
    // One add-on: every document shares the script lock.
    b.document.locks.script = a.locks.script;
    expect(lockOf(a).tryAcquire(0)).toBe(true);
    expect(lockOf(b).tryAcquire(0)).toBe(true);
  });
});
