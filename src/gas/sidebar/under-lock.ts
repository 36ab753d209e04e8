import { appendRunLog, BusyError, MENU_LOCK_WAIT_MS } from '../../core/automation';
import { readSettings } from '../../core/settings';
import type { GasPorts } from '../gas-ports';

/** Runs a synchronous write from the panel under the document lock, logged in the Run log like a menu run. */
export function underLock<T>(ports: GasPorts, action: (did: (what: string) => void) => T): T {
  const startedAt = ports.clock.now();
  if (!ports.lock.tryAcquire(MENU_LOCK_WAIT_MS))
    throw new BusyError(readSettings(ports.wb).settings.language);
  const actions: string[] = [];
  try {
    const result = action((what) => actions.push(what));
    if (actions.length > 0) {
      const seconds = (ports.clock.now().getTime() - startedAt.getTime()) / 1000;
      const { language } = readSettings(ports.wb).settings;
      appendRunLog(
        ports.wb,
        { startedAt, trigger: 'menu', actions, seconds, outcome: 'ok' },
        language,
        ports.timeZone,
      );
    }
    return result;
  } finally {
    ports.lock.release();
  }
}
