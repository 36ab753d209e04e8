/** PropertiesPort over an Apps Script property store (the document's, in Sheets). */
import type { PropertiesPort } from '../ports';
import type { PropertiesApi } from './gas-api';

/** Every key Spiral stores starts with this, so it cannot collide with another script's keys. */
export const PROPERTY_PREFIX = 'spiral.';

export class GasProperties implements PropertiesPort {
  constructor(private readonly store: PropertiesApi) {}

  get(key: string): string | null {
    return this.store.getProperty(namespaced(key));
  }

  set(key: string, value: string): void {
    this.store.setProperty(namespaced(key), value);
  }

  remove(key: string): void {
    this.store.deleteProperty(namespaced(key));
  }
}

/** 'lastRun' → 'spiral.lastRun'; a key already carrying the prefix is left alone. */
export function namespaced(key: string): string {
  return key.startsWith(PROPERTY_PREFIX) ? key : `${PROPERTY_PREFIX}${key}`;
}
