/**
 * The desk's queues, rebuilt on every run: 复盘清单 (last week's lost pre-sale chats, sampled per
 * agent), 跟进清单 (buyers of the last seven days still waiting for a follow-up) and, with paid
 * orders, 老客回访清单 (old customers to revisit and greet).
 */
import type { TabContent, WorkbookPort } from '../../ports';
import type { Order } from '../ingest/orders';
import { say } from '../messages/catalogue';
import { buyerOrders } from '../repeat/buyer-orders';
import { type OldCustomerRow, oldCustomers } from '../repeat/old-customers';
import type { Settings } from '../settings/settings';
import type { Inquiry } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { addDays, lastClosedWeek, localDate } from '../time/periods';
import { type FollowUpRow, followUpList, followUpWindow } from './follow-up-list';
import { lastPurchases, type Purchase } from './purchases';
import { layoutFollowUps, layoutOldCustomers, layoutReviewQueue } from './queue-layout';
import { type ReviewQueueAgent, reviewQueue } from './review-queue';

export interface QueueData {
  settings: Settings;
  inquiries: readonly Inquiry[];
  /** Orders by buyer and date, where the workbook has an Orders sheet. */
  orders: readonly Purchase[];
  /** Paid orders (the Orders sheet): the old-customer list; without them the list is not built. */
  paidOrders?: readonly Order[];
}

export interface QueueTabs {
  review: { tabName: string; week: string; agents: ReviewQueueAgent[]; content: TabContent };
  followUp: { tabName: string; from: string; to: string; rows: FollowUpRow[]; content: TabContent };
  oldCustomers?: { tabName: string; from: string; to: string; rows: OldCustomerRow[]; content: TabContent };
}

export function queueTabNames(lang: Lang): { review: string; followUp: string; oldCustomers: string } {
  return {
    review: say(lang, 'effects.queue.review.tab'),
    followUp: say(lang, 'effects.queue.followUp.tab'),
    oldCustomers: say(lang, 'repeat.queue.tab'),
  };
}

export function buildQueueTabs(data: QueueData, now: Date, timeZone: string): QueueTabs {
  const lang = data.settings.language;
  const names = queueTabNames(lang);
  const latest = lastPurchases(data.inquiries, data.orders);
  const week = lastClosedWeek(now, timeZone);
  const perAgent = data.settings.reviewQueuePerAgent;
  const agents = reviewQueue(data.inquiries, week, perAgent, latest);
  const today = localDate(now, timeZone);
  const { from, to } = followUpWindow(today);
  const rows = followUpList(data.inquiries, today, latest);
  const tabs: QueueTabs = {
    review: {
      tabName: names.review,
      week: week.id,
      agents,
      content: layoutReviewQueue(agents, { lang, week: week.id, perAgent }),
    },
    followUp: { tabName: names.followUp, from, to, rows, content: layoutFollowUps(rows, { lang, from, to }) },
  };
  if (data.paidOrders !== undefined) {
    const { revisitAfterDays, repeatWindowDays } = data.settings;
    const old = oldCustomers(
      buyerOrders(data.paidOrders, data.inquiries).orders,
      today,
      revisitAfterDays,
      repeatWindowDays,
    );
    const window = { from: addDays(today, -repeatWindowDays), to: addDays(today, -revisitAfterDays) };
    tabs.oldCustomers = {
      tabName: names.oldCustomers,
      ...window,
      rows: old,
      content: layoutOldCustomers(old, { lang, ...window }),
    };
  }
  return tabs;
}

/** Builds and writes both queue tabs, one writeTab each. */
export function writeQueues(wb: WorkbookPort, data: QueueData, now: Date, timeZone: string): QueueTabs {
  const tabs = buildQueueTabs(data, now, timeZone);
  wb.writeTab(tabs.review.tabName, tabs.review.content);
  wb.writeTab(tabs.followUp.tabName, tabs.followUp.content);
  const old = tabs.oldCustomers;
  if (old !== undefined && (old.rows.length > 0 || wb.hasSheet(old.tabName)))
    wb.writeTab(old.tabName, old.content);
  return tabs;
}

export function queuesMessage(tabs: QueueTabs, lang: Lang): string {
  return say(lang, 'effects.queue.done', {
    review: tabs.review.tabName,
    reviewRows: tabs.review.agents.reduce((n, a) => n + a.rows.length, 0),
    followUp: tabs.followUp.tabName,
    followUpRows: tabs.followUp.rows.length,
  });
}
