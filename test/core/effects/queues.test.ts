import { describe, expect, it } from 'vitest';
import { followUpList } from '../../../src/core/effects/follow-up-list';
import { buildQueueTabs } from '../../../src/core/effects/generate-queues';
import { lastPurchases } from '../../../src/core/effects/purchases';
import { reviewQueue } from '../../../src/core/effects/review-queue';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { Inquiry } from '../../../src/core/sheets/records';
import { parsePeriod } from '../../../src/core/time/periods';

/** Wednesday 2026-11-25 (W48): last week is W47 (16–22 Nov); the follow-up window is 19–25 Nov. */
const NOW = new Date('2026-11-25T10:00:00+08:00');
const ZONE = 'Asia/Shanghai';
const W47 = parsePeriod('2026-W47');

function inquiry(partial: Partial<Inquiry> & Pick<Inquiry, 'date' | 'customerId'>): Inquiry {
  return {
    row: 0,
    agent: '小美',
    customerType: 'new',
    channel: 'chat',
    stage: 'pre-sale',
    question: '有赠品吗',
    questionCategory: '赠品',
    converted: false,
    transactionType: null,
    amount: null,
    product: '爬行垫',
    region: '',
    noDealReason: '赠品不满意',
    followUp: '',
    firstResponseSeconds: 45,
    note: '',
    ...partial,
  };
}

function numbered(rows: Inquiry[]): Inquiry[] {
  return rows.map((r, i) => ({ ...r, row: i + 2 }));
}

/** 小美: 14 lost buyers in W47, of whom m12 bought on 24 Nov and m13 converted in W47; 阿杰: 3 lost. */
function reviewRows(): Inquiry[] {
  const rows: Inquiry[] = [];
  for (let i = 0; i < 14; i++) rows.push(inquiry({ date: `2026-11-${16 + (i % 7)}`, customerId: `m${i}` }));
  rows.push(
    inquiry({ date: '2026-11-24', customerId: 'm12', converted: true, amount: 99, noDealReason: '' }),
  );
  rows.push(
    inquiry({ date: '2026-11-21', customerId: 'm13', converted: true, amount: 99, noDealReason: '' }),
  );
  rows.push(inquiry({ date: '2026-11-20', customerId: 'm0', question: '还有别的颜色吗' }));
  for (let i = 0; i < 3; i++) rows.push(inquiry({ date: '2026-11-18', customerId: `j${i}`, agent: '阿杰' }));
  rows.push(inquiry({ date: '2026-11-18', customerId: 'after', stage: 'after-sale', converted: null }));
  rows.push(inquiry({ date: '2026-11-12', customerId: 'earlier' }));
  return numbered(rows);
}

const converters = (rows: Inquiry[]) =>
  new Set(rows.filter((r) => r.converted === true).map((r) => r.customerId));

describe('review queue (复盘清单)', () => {
  const rows = reviewRows();
  const agents = reviewQueue(rows, W47, 10, lastPurchases(rows, []));

  it('samples up to 10 non-converted buyers per agent from last week, one row per buyer', () => {
    expect(agents.map((a) => [a.agent, a.rows.length, a.candidates])).toEqual([
      ['小美', 10, 12],
      ['阿杰', 3, 3],
    ]);
    const ids = agents.flatMap((a) => a.rows.map((r) => r.customerId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of agents.flatMap((a) => a.rows)) {
      expect(r.date >= W47.start && r.date <= W47.end).toBe(true);
      expect(r.noDealReason).toBe('赠品不满意');
    }
  });

  it('never lists a buyer who converted that week or bought since', () => {
    const ids = agents.flatMap((a) => a.rows.map((r) => r.customerId));
    for (const id of converters(rows)) expect(ids).not.toContain(id);
    expect(ids).not.toContain('after');
    expect(ids).not.toContain('earlier');
  });

  it('is the same sample whatever the order of the rows in the sheet', () => {
    const shuffled = numbered([...rows].reverse());
    const again = reviewQueue(shuffled, W47, 10, lastPurchases(shuffled, []));
    const ids = (list: typeof agents) => list.map((a) => a.rows.map((r) => r.customerId));
    expect(ids(again)).toEqual(ids(agents));
    expect(ids(reviewQueue(rows, W47, 10, lastPurchases(rows, [])))).toEqual(ids(agents));
  });
});

describe('follow-up list (跟进清单)', () => {
  const rows = numbered([
    inquiry({ date: '2026-11-20', customerId: 'b1' }),
    inquiry({ date: '2026-11-21', customerId: 'b2', followUp: '已发优惠券' }),
    inquiry({ date: '2026-11-22', customerId: 'b3' }),
    inquiry({ date: '2026-11-23', customerId: 'b3', converted: true, amount: 50, noDealReason: '' }),
    inquiry({ date: '2026-11-19', customerId: 'b4' }),
    inquiry({ date: '2026-11-24', customerId: 'b4', agent: '阿杰', noDealReason: '' }),
    inquiry({ date: '2026-11-18', customerId: 'b5' }),
    inquiry({ date: '2026-11-23', customerId: 'b6' }),
    inquiry({ date: '2026-11-21', customerId: 'b7' }),
    inquiry({ date: '2026-11-01', customerId: 'b7', converted: true, amount: 20, noDealReason: '' }),
    inquiry({ date: '2026-11-22', customerId: 'b8', stage: 'after-sale', converted: null }),
  ]);
  const orders = [{ buyer: 'b6', date: '2026-11-24' }];
  const list = followUpList(rows, '2026-11-25', lastPurchases(rows, orders));

  it('lists the waiting buyers of the last 7 days once each, the longest waiting first', () => {
    expect(list.map((r) => [r.customerId, r.date, r.inquiries, r.daysWaiting])).toEqual([
      ['b1', '2026-11-20', 1, 5],
      ['b7', '2026-11-21', 1, 4],
      ['b4', '2026-11-24', 2, 1],
    ]);
    expect(list[2]!.agent).toBe('阿杰');
  });

  it('never lists a converted buyer, one followed up, one who ordered since, or one outside the window', () => {
    const ids = list.map((r) => r.customerId);
    for (const id of ['b2', 'b3', 'b5', 'b6', 'b8']) expect(ids).not.toContain(id);
  });
});

describe('the queue tabs', () => {
  it('are laid out the same on every build, and name the week and the window', () => {
    const data = { settings: DEFAULT_SETTINGS, inquiries: reviewRows(), orders: [] };
    const first = buildQueueTabs(data, NOW, ZONE);
    expect(buildQueueTabs(data, NOW, ZONE)).toEqual(first);
    expect(first.review.tabName).toBe('复盘清单');
    expect(first.review.content.values[0]![0]).toContain('2026-W47');
    expect(first.followUp.tabName).toBe('跟进清单');
    expect(first.followUp.content.values[0]![0]).toContain('2026-11-19');
  });
});
