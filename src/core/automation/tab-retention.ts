/**
 * Summary tabs do not pile up: the daily run removes weekly and monthly tabs older than the
 * retention settings (never fewer periods than it looks back, or it would write them again), but
 * only a tab whose content still matches the fingerprint of what Spiral wrote. A tab someone edited
 * (or one Spiral has no fingerprint for) is kept and named in the Run log.
 */
import type { Cell, PropertiesPort, WorkbookPort } from '../../ports';
import { fingerprint } from '../effects/tab-fingerprint';
import type { Settings } from '../settings/settings';
import { parseSummaryTabName } from '../summary/tab-name';
import { closedPeriodsSince } from '../time/periods';

const KEY_PREFIX = 'summaryTab.';

/** The grid as a spreadsheet gives it back: trailing blank cells and rows dropped, Dates by instant. */
function gridPrint(values: readonly Cell[][]): string {
  const rows = values.map((row) => {
    const line = [...row];
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    return line;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return fingerprint({ values: rows, styles: [] });
}

/** Records what Spiral wrote into a summary tab, so a later edit can be told from it. */
export function recordSummaryTab(properties: PropertiesPort, name: string, values: readonly Cell[][]): void {
  properties.set(`${KEY_PREFIX}${name}`, gridPrint(values));
}

export interface Retention {
  removed: string[];
  /** Past retention but edited since Spiral wrote them, or written before fingerprints were kept. */
  kept: string[];
}

export function removeOldSummaryTabs(
  wb: WorkbookPort,
  properties: PropertiesPort,
  settings: Pick<Settings, 'keepWeeklyTabs' | 'keepMonthlyTabs' | 'lookBackWeeks' | 'lookBackMonths'>,
  now: Date,
  timeZone: string,
): Retention {
  const oldest = {
    week: closedPeriodsSince(
      'week',
      now,
      timeZone,
      Math.max(settings.keepWeeklyTabs, settings.lookBackWeeks),
    ),
    month: closedPeriodsSince(
      'month',
      now,
      timeZone,
      Math.max(settings.keepMonthlyTabs, settings.lookBackMonths),
    ),
  };
  const cutoff = {
    week: oldest.week.map((p) => p.start).sort()[0] ?? '',
    month: oldest.month.map((p) => p.start).sort()[0] ?? '',
  };
  const result: Retention = { removed: [], kept: [] };
  for (const name of wb.sheetNames()) {
    const period = parseSummaryTabName(name);
    if (period === null || cutoff[period.kind] === '' || period.end >= cutoff[period.kind]) continue;
    const key = `${KEY_PREFIX}${name}`;
    const written = properties.get(key);
    if (written !== null && written === gridPrint(wb.read(name))) {
      wb.removeSheet(name);
      properties.remove(key);
      result.removed.push(name);
    } else result.kept.push(name);
  }
  return result;
}
