/** The two queue tabs, laid out for the desk: a title, what the list is, then one table. */
import type { Cell, TabContent } from '../../ports';
import { type MessageKey, type MessageParams, say } from '../messages/catalogue';
import type { OldCustomerRow } from '../repeat/old-customers';
import { enumLabel, type Lang } from '../sheets/template';
import { NOTE, SUBTITLE, TITLE } from '../tabs/looks';
import { TabBuilder } from '../tabs/tab-builder';
import type { FollowUpRow } from './follow-up-list';
import type { ReviewQueueAgent } from './review-queue';

const REVIEW_WIDTHS = [80, 90, 120, 70, 120, 260, 100, 110, 80, 70];
const OLD_CUSTOMER_WIDTHS = [140, 80, 100, 80, 80, 320, 100];
const FOLLOW_UP_WIDTHS = [120, 90, 70, 80, 70, 120, 260, 110, 70, 70, 70];

const enumText = (name: string, value: string | null, lang: Lang): Cell =>
  value === null ? '' : enumLabel(name, value, lang);

export function layoutReviewQueue(
  agents: readonly ReviewQueueAgent[],
  options: { lang: Lang; week: string; perAgent: number },
): TabContent {
  const { lang } = options;
  const s = (key: MessageKey, params?: MessageParams) => say(lang, key, params);
  const tab = new TabBuilder();
  tab.row([s('effects.queue.review.title', { week: options.week })], TITLE);
  tab.row([s('effects.queue.review.explain', { perAgent: options.perAgent })], NOTE);
  if (agents.length === 0) {
    tab.blank();
    tab.row([s('effects.queue.review.none')], NOTE);
    return tab.build(REVIEW_WIDTHS.length, REVIEW_WIDTHS, 2);
  }
  for (const agent of agents) {
    tab.blank();
    tab.row(
      [
        s('effects.queue.review.agent', {
          agent: agent.agent,
          shown: agent.rows.length,
          of: agent.candidates,
        }),
      ],
      SUBTITLE,
    );
    tab.table(
      [
        { header: s('effects.queue.col.agent') },
        { header: s('effects.queue.col.date') },
        { header: s('effects.queue.col.customer') },
        { header: s('effects.queue.col.channel') },
        { header: s('effects.queue.col.product') },
        { header: s('effects.queue.col.question') },
        { header: s('effects.queue.col.category') },
        { header: s('effects.queue.col.reason') },
        { header: s('effects.queue.col.response'), format: '0' },
        { header: s('effects.queue.col.row'), format: '0' },
      ],
      agent.rows.map((r) => [
        r.agent,
        r.date,
        r.customerId,
        enumText('channel', r.channel, lang),
        r.product,
        r.question,
        r.questionCategory,
        r.noDealReason.trim() === '' ? s('effects.queue.unrecorded') : r.noDealReason,
        r.firstResponseSeconds ?? '',
        r.row,
      ]),
    );
  }
  return tab.build(REVIEW_WIDTHS.length, REVIEW_WIDTHS, 2);
}

export function layoutFollowUps(
  rows: readonly FollowUpRow[],
  options: { lang: Lang; from: string; to: string },
): TabContent {
  const { lang } = options;
  const s = (key: MessageKey, params?: MessageParams) => say(lang, key, params);
  const tab = new TabBuilder();
  tab.row([s('effects.queue.followUp.title', { from: options.from, to: options.to })], TITLE);
  tab.row([s('effects.queue.followUp.explain')], NOTE);
  tab.blank();
  if (rows.length === 0) {
    tab.row([s('effects.queue.followUp.none')], NOTE);
    return tab.build(FOLLOW_UP_WIDTHS.length, FOLLOW_UP_WIDTHS, 2);
  }
  const table = tab.table(
    [
      { header: s('effects.queue.col.customer') },
      { header: s('effects.queue.col.lastDate') },
      { header: s('effects.queue.col.waiting'), format: '0' },
      { header: s('effects.queue.col.agent') },
      { header: s('effects.queue.col.channel') },
      { header: s('effects.queue.col.customerType') },
      { header: s('effects.queue.col.question') },
      { header: s('effects.queue.col.reason') },
      { header: s('effects.queue.col.product') },
      { header: s('effects.queue.col.inquiries'), format: '0' },
      { header: s('effects.queue.col.row'), format: '0' },
    ],
    rows.map((r) => [
      r.customerId,
      r.date,
      r.daysWaiting,
      r.agent,
      enumText('channel', r.channel, lang),
      enumText('customerType', r.customerType, lang),
      r.question,
      r.noDealReason.trim() === '' ? s('effects.queue.unrecorded') : r.noDealReason,
      r.product,
      r.inquiries,
      r.row,
    ]),
  );
  return tab.build(FOLLOW_UP_WIDTHS.length, FOLLOW_UP_WIDTHS, table.header);
}

export function layoutOldCustomers(
  rows: readonly OldCustomerRow[],
  options: { lang: Lang; from: string; to: string },
): TabContent {
  const { lang } = options;
  const s = (key: MessageKey, params?: MessageParams) => say(lang, key, params);
  const tab = new TabBuilder();
  tab.row([s('repeat.queue.title', { from: options.from, to: options.to, count: rows.length })], TITLE);
  tab.row([s('repeat.queue.note')], NOTE);
  tab.blank();
  if (rows.length === 0) {
    tab.row([s('repeat.queue.none')], NOTE);
    return tab.build(OLD_CUSTOMER_WIDTHS.length, OLD_CUSTOMER_WIDTHS, 2);
  }
  const table = tab.table(
    [
      { header: s('repeat.queue.buyer') },
      { header: s('repeat.queue.type') },
      { header: s('repeat.queue.last') },
      { header: s('repeat.queue.daysSince'), format: '0' },
      { header: s('repeat.queue.orders'), format: '0' },
      { header: s('repeat.queue.items') },
      { header: s('repeat.queue.total'), format: '#,##0.00' },
    ],
    rows.map((r) => [
      r.buyer,
      s(r.trade ? 'repeat.queue.trade' : 'repeat.queue.retail'),
      r.lastPurchase,
      r.daysSince,
      r.orders,
      r.items.slice(0, 3).join(lang === 'zh' ? '、' : ', '),
      r.total,
    ]),
  );
  return tab.build(OLD_CUSTOMER_WIDTHS.length, OLD_CUSTOMER_WIDTHS, table.header);
}
