/**
 * Benchmark: the Effects tab (20 actions) and the desk's queues over 100,000 inquiries and 50,000
 * reviews, each printed beside a weekly summary of the same data for reference (median of 5 runs).
 */

import type { Action, EffectTarget } from '../../core/effects';
import { buildQueueTabs, computeEffects } from '../../core/effects';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { buildSummary } from '../../core/summary';
import { addDays, parsePeriod } from '../../core/time';
import { repeat, shown } from './measure';
import { benchInquiries, benchReviews, unmetReviews } from './summary';

export async function benchEffects(): Promise<void> {
  const inquiries = benchInquiries(100_000);
  const reviews = benchReviews(50_000);
  const settings = { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' as const };
  const summary = await repeat(
    5,
    (unmet: typeof reviews) =>
      buildSummary({ period: parsePeriod('2026-W47'), inquiries, reviews: unmet, excludedRows: 0, settings }),
    unmetReviews(reviews),
  );
  const targets: EffectTarget[] = [
    { kind: 'conversion' },
    { kind: 'no-deal', category: '赠品不满意' },
    { kind: 'pre-sale', category: '赠品' },
    { kind: 'after-sale', category: '快递问题' },
    { kind: 'review', category: '快递' },
  ];
  const actions: Action[] = Array.from({ length: 20 }, (_, i) => ({
    row: i + 2,
    date: addDays('2026-03-02', i * 14),
    target: 'bench',
    action: `action ${i}`,
    kind: 'other',
    owner: '',
  }));
  const byRow = new Map(actions.map((a, i) => [a.row, targets[i % targets.length]!]));
  const now = new Date('2026-12-01T09:00:00+08:00');
  const effects = await repeat(5, () =>
    computeEffects({ actions, targets: byRow, inquiries, reviews, now, timeZone: 'Asia/Shanghai', weeks: 4 }),
  );
  const queues = await repeat(5, () =>
    buildQueueTabs(
      { settings: DEFAULT_SETTINGS, inquiries, orders: [] },
      new Date('2026-11-25T09:00:00+08:00'),
      'Asia/Shanghai',
    ),
  );
  console.log('effects and queues — 100,000 inquiries, 50,000 reviews (median of 5 runs, min–max)');
  console.log(`  reference: buildSummary weekly:                  ${shown(summary)}`);
  console.log(`  computeEffects, 20 actions:                      ${shown(effects)}`);
  console.log(`  review queue + follow-up list (build + lay out): ${shown(queues)}`);
}
