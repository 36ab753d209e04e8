import { appendRunLog, BusyError, MENU_LOCK_WAIT_MS } from '../../core/automation';
import { readSettings, type Settings } from '../../core/settings';
import type { Lang } from '../../core/sheets';
import type { GasPorts } from '../gas-ports';

/** What a panel write sees: the Settings read once under the lock, and where it says what it did. */
export interface LockedWrite {
  settings: Settings;
  did(what: string): void;
}

/**
 * Runs a synchronous write from the panel under the document lock, logged in the Run log like a menu
 * run (google.script.run returns only what a call returns synchronously, so not through runLogged).
 * The Run log speaks the settings' language unless `logLanguage` says the write changed it.
 */
export function underLock<T>(
  ports: GasPorts,
  action: (write: LockedWrite) => T,
  logLanguage?: (result: T, settings: Settings) => Lang,
): T {
  const startedAt = ports.clock.now();
  // Without the lock there is no reading of Settings yet: one, to say "busy" in the workbook's language.
  if (!ports.lock.tryAcquire(MENU_LOCK_WAIT_MS))
    throw new BusyError(readSettings(ports.wb).settings.language);
  const actions: string[] = [];
  try {
    // Read under the lock: another editor's write may have changed Settings while we waited.
    const { settings } = readSettings(ports.wb);
    const result = action({ settings, did: (what) => actions.push(what) });
    if (actions.length > 0) {
      const seconds = (ports.clock.now().getTime() - startedAt.getTime()) / 1000;
      appendRunLog(
        ports.wb,
        { startedAt, trigger: 'menu', actions, seconds, outcome: 'ok' },
        logLanguage?.(result, settings) ?? settings.language,
        ports.timeZone,
      );
    }
    return result;
  } finally {
    ports.lock.release();
  }
}
