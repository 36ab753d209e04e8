/** Names of summary tabs: 周报 2026-W47 / 月报 2026-11 (zh), Weekly 2026-W47 / Monthly 2026-11 (en). */

import type { Lang } from '../sheets/template';
import { type Period, PeriodError, parsePeriod } from '../time/periods';
import { summaryText } from './summary-text';

export function summaryTabName(period: Pick<Period, 'kind' | 'id'>, lang: Lang): string {
  const text = summaryText(lang);
  return `${period.kind === 'week' ? text.weekly : text.monthly} ${period.id}`;
}

const PREFIX_KIND: Record<string, Period['kind']> = {
  周报: 'week',
  月报: 'month',
  weekly: 'week',
  monthly: 'month',
};

/** The period a summary tab stands for, in either language; null for any other sheet name. */
export function parseSummaryTabName(name: string): Period | null {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(name);
  if (!match) return null;
  const kind = PREFIX_KIND[match[1]!.toLowerCase()];
  if (!kind) return null;
  try {
    const period = parsePeriod(match[2]!);
    return period.kind === kind ? period : null;
  } catch (error) {
    if (error instanceof PeriodError) return null;
    throw error;
  }
}
