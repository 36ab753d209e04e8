/**
 * The desk's queues, rebuilt on every run: 复盘清单 (last week's lost pre-sale chats, sampled per
 * agent) and 跟进清单 (buyers of the last seven days still waiting for a follow-up).
 */
import type { TabContent, WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Settings } from '../settings/settings';
import type { Inquiry } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { lastClosedWeek, localDate } from '../time/periods';
import { type FollowUpRow, followUpList, followUpWindow } from './follow-up-list';
import { lastPurchases, type Purchase } from './purchases';
import { layoutFollowUps, layoutReviewQueue } from './queue-layout';
import { type ReviewQueueAgent, reviewQueue } from './review-queue';

export interface QueueData {
  settings: Settings;
  inquiries: readonly Inquiry[];
  /** Orders by buyer and date, where the workbook has an Orders sheet. */
  orders: readonly Purchase[];
}

export interface QueueTabs {
  review: { tabName: string; week: string; agents: ReviewQueueAgent[]; content: TabContent };
  followUp: { tabName: string; from: string; to: string; rows: FollowUpRow[]; content: TabContent };
}

export function queueTabNames(lang: Lang): { review: string; followUp: string } {
  return { review: say(lang, 'effects.queue.review.tab'), followUp: say(lang, 'effects.queue.followUp.tab') };
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
  return {
    review: {
      tabName: names.review,
      week: week.id,
      agents,
      content: layoutReviewQueue(agents, { lang, week: week.id, perAgent }),
    },
    followUp: { tabName: names.followUp, from, to, rows, content: layoutFollowUps(rows, { lang, from, to }) },
  };
}

/** Builds and writes both queue tabs, one writeTab each. */
export function writeQueues(wb: WorkbookPort, data: QueueData, now: Date, timeZone: string): QueueTabs {
  const tabs = buildQueueTabs(data, now, timeZone);
  wb.writeTab(tabs.review.tabName, tabs.review.content);
  wb.writeTab(tabs.followUp.tabName, tabs.followUp.content);
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
