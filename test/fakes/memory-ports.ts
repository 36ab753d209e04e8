import type { Clock, LockPort, PropertiesPort } from '../../src/ports';

/** A clock the test sets and advances; `tick` advances it on every read, to simulate work taking time. */
export class FakeClock implements Clock {
  private time: number;
  constructor(
    start: Date | string,
    private readonly tickMs = 0,
  ) {
    this.time = new Date(start).getTime();
  }
  now(): Date {
    const now = new Date(this.time);
    this.time += this.tickMs;
    return now;
  }
  set(to: Date | string): void {
    this.time = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** One lock shared by every "execution" that holds a handle on it, as LockService's document lock is. */
export class MemoryLock implements LockPort {
  holder: object | null = null;
  readonly waits: number[] = [];
  handle(): LockPort {
    const me = {};
    return {
      tryAcquire: (waitMs) => {
        this.waits.push(waitMs);
        if (this.holder !== null && this.holder !== me) return false;
        this.holder = me;
        return true;
      },
      release: () => {
        if (this.holder === me) this.holder = null;
      },
    };
  }
  tryAcquire(waitMs: number): boolean {
    return this.handle().tryAcquire(waitMs);
  }
  release(): void {
    this.holder = null;
  }
}

export class MemoryProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  remove(key: string): void {
    this.values.delete(key);
  }
}
