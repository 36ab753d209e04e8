/**
 * Tabs rebuilt on every run are written only when their content changed, so a second run at the
 * same time writes nothing (runDue's promise) and Apps Script is not billed for an identical grid.
 */
import type { PropertiesPort, TabContent, WorkbookPort } from '../../ports';

const KEY_PREFIX = 'deskTab.';

/** FNV-1a over the content's JSON, twice with different seeds: 64 bits is plenty to notice a change. */
export function fingerprint(content: TabContent): string {
  const text = JSON.stringify(content, (_key, value) =>
    value instanceof Date ? value.toISOString() : value,
  );
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** Writes the tab unless it exists with exactly this content already; true when it wrote. */
export function writeTabIfChanged(
  wb: WorkbookPort,
  properties: PropertiesPort,
  name: string,
  content: TabContent,
): boolean {
  const key = `${KEY_PREFIX}${name}`;
  const print = fingerprint(content);
  if (wb.hasSheet(name) && properties.get(key) === print) return false;
  wb.writeTab(name, content);
  properties.set(key, print);
  return true;
}
