/**
 * The tabs runDue rebuilds on every run, after the summaries: the Effects tab (when there are
 * actions to test or the tab already exists) and the desk's two queues (when there are inquiries or
 * the tabs exist). Each is written only when it changed.
 */
import type { PropertiesPort, TabContent, WorkbookPort } from '../../ports';
import type { Order } from '../ingest/orders';
import type { Problem } from '../sheets/records';
import { findSheet } from '../sheets/template';
import { buildEffectsTab, type EffectsData } from './generate-effects';
import { buildQueueTabs } from './generate-queues';
import type { Purchase } from './purchases';
import { writeTabIfChanged } from './tab-fingerprint';

export interface DeskRebuild {
  /** Tabs written because their content changed. */
  written: string[];
  problems: Problem[];
}

export function rebuildDeskTabs(
  wb: WorkbookPort,
  properties: PropertiesPort,
  data: EffectsData & { orders: readonly Purchase[]; paidOrders?: readonly Order[] },
  now: Date,
  timeZone: string,
): DeskRebuild {
  const result: DeskRebuild = { written: [], problems: [] };
  const write = (wanted: boolean, name: string, content: TabContent) => {
    if ((wanted || wb.hasSheet(name)) && writeTabIfChanged(wb, properties, name, content))
      result.written.push(name);
  };
  const effects = buildEffectsTab(wb, data, now, timeZone);
  if (findSheet(wb, 'actions') !== null) result.problems.push(...effects.problems);
  write(effects.rows.length > 0, effects.tabName, effects.content);
  const queues = buildQueueTabs(data, now, timeZone);
  const logged = data.inquiries.length > 0;
  write(logged, queues.review.tabName, queues.review.content);
  write(logged, queues.followUp.tabName, queues.followUp.content);
  const old = queues.oldCustomers;
  if (old !== undefined) write(old.rows.length > 0, old.tabName, old.content);
  return result;
}
