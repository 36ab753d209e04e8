/**
 * The tabs runDue rebuilds on every run, after the summaries: the Effects tab (when there are
 * actions to test or the tab already exists). Each is written only when it changed.
 */
import type { PropertiesPort, WorkbookPort } from '../../ports';
import type { Problem } from '../records';
import { findSheet } from '../template';
import { buildEffectsTab, type EffectsData } from './generate-effects';
import { writeTabIfChanged } from './tab-fingerprint';

export interface DeskRebuild {
  /** Tabs written because their content changed. */
  written: string[];
  problems: Problem[];
}

export function rebuildDeskTabs(
  wb: WorkbookPort,
  properties: PropertiesPort,
  data: EffectsData,
  now: Date,
  timeZone: string,
): DeskRebuild {
  const result: DeskRebuild = { written: [], problems: [] };
  const effects = buildEffectsTab(wb, data, now, timeZone);
  const actionsSheet = findSheet(wb, 'actions');
  const wanted = effects.rows.length > 0 || wb.hasSheet(effects.tabName);
  if (actionsSheet !== null) result.problems.push(...effects.problems);
  if (wanted && writeTabIfChanged(wb, properties, effects.tabName, effects.content))
    result.written.push(effects.tabName);
  return result;
}
