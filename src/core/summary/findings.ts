/**
 * 本期要点 / Findings (issue 11 item 2): every significant change and competitor difference of a
 * summary, one sentence each in the workbook's language, ranked by adjusted p and then by the
 * size of the change.
 */
import { type MessageKey, say } from '../messages/catalogue';
import { OURS } from '../records';
import type { Lang } from '../template';
import type { ComparisonRow, Finding, FindingTable, ShareRow, SummaryModel } from './summary-model';
import type { AnyLabel } from './summary-text';
import { summaryText } from './summary-text';

const SIGNIFICANT: ReadonlySet<string> = new Set<AnyLabel>([
  'significant-up',
  'significant-down',
  'ours-higher',
  'ours-lower',
  'fast-higher',
  'fast-lower',
]);

/** A share as a sentence shows it: whole percent, one decimal below 1 % (0.4 %, not 0 %). */
export function percentText(x: number | null, none = '—'): string {
  if (x === null) return none;
  const pct = x * 100;
  return pct > 0 && pct < 1 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

/** `p < 0.001`, or `p = 0.012`. */
export function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

interface Candidate {
  table: FindingTable;
  category: string;
  shop?: string;
  from: number | null;
  to: number | null;
  label: AnyLabel;
  p: number | null;
  subject: MessageKey;
  /** Share tables say 占比; rates (conversion, 差评率) do not. */
  kind: 'share' | 'rate' | 'comparison';
}

export function buildFindings(model: SummaryModel): Finding[] {
  const lang = model.language;
  const candidates: Candidate[] = [];
  const q = model.inquiries;
  candidates.push({
    table: 'conversion',
    category: 'conversion',
    from: q.previousConversionRate,
    to: q.conversionRate,
    label: q.change.label,
    p: q.change.p,
    subject: 'summary.findings.subject.conversion',
    kind: 'rate',
  });
  const shares = (table: FindingTable, rows: ShareRow[], subject: MessageKey, shop?: string) => {
    for (const r of rows) {
      candidates.push({
        table,
        category: r.category,
        ...(shop === undefined ? {} : { shop }),
        from: r.previousShare,
        to: r.share,
        label: r.label,
        p: r.p,
        subject,
        kind: 'share',
      });
    }
  };
  shares('noDealReasons', model.noDealReasons, 'summary.findings.subject.noDealReasons');
  shares('preSaleQuestions', model.questionCategories['pre-sale'], 'summary.findings.subject.preSale');
  shares('afterSaleQuestions', model.questionCategories['after-sale'], 'summary.findings.subject.afterSale');
  for (const [shop, table] of Object.entries(model.reviews.shops)) {
    shares('reviewCategories', table.categories, 'summary.findings.subject.reviews', shop);
    for (const r of table.categories) {
      candidates.push({
        table: 'negativeReviews',
        category: r.category,
        shop,
        from: r.previousNegativeShare,
        to: r.negativeShare,
        label: r.negativeLabel,
        p: r.negativeP,
        subject: 'summary.findings.subject.negativeReviews',
        kind: 'share',
      });
    }
    for (const [category, share, subject] of [
      ['negative', table.negativeRatings, 'summary.findings.subject.negativeRatings'],
      ['neutral', table.neutralRatings, 'summary.findings.subject.neutralRatings'],
    ] as const) {
      candidates.push({
        table: 'ratings',
        category,
        shop,
        from: share.previousShare,
        to: share.share,
        label: share.label,
        p: share.p,
        subject,
        kind: 'rate',
      });
    }
  }
  for (const a of model.agents) {
    candidates.push({
      table: 'agents',
      category: a.agent,
      from: a.previousConversionRate,
      to: a.conversionRate,
      label: a.change.label,
      p: a.change.p,
      subject: 'summary.findings.subject.agent',
      kind: 'rate',
    });
  }
  const comparisons = (table: FindingTable, rows: ComparisonRow[], subject: MessageKey) => {
    for (const r of rows) {
      candidates.push({
        table,
        category: r.category,
        shop: r.competitor,
        from: r.theirsShare,
        to: r.oursShare,
        label: r.label,
        p: r.p,
        subject,
        kind: 'comparison',
      });
    }
  };
  comparisons('reviewComparison', model.reviews.comparison, 'summary.findings.subject.comparison');
  comparisons(
    'negativeReviewComparison',
    model.reviews.negativeComparison,
    'summary.findings.subject.negativeComparison',
  );
  const size = (c: Candidate) => Math.abs((c.to ?? 0) - (c.from ?? 0));
  return candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => SIGNIFICANT.has(c.label) && c.p !== null)
    .sort((a, b) => a.c.p! - b.c.p! || size(b.c) - size(a.c) || a.order - b.order)
    .map(({ c }) => toFinding(c, lang));
}

function toFinding(c: Candidate, lang: Lang): Finding {
  const t = summaryText(lang);
  const shop = c.shop === undefined ? '' : c.shop === OURS ? t.ours : c.shop;
  const subject = say(lang, c.subject, { category: c.category, shop });
  const p = pText(c.p!);
  let text: string;
  if (c.kind === 'comparison') {
    const key = c.label === 'ours-higher' ? 'summary.findings.higher' : 'summary.findings.lower';
    text = say(lang, 'summary.findings.comparison', {
      subject,
      competitor: shop,
      from: percentText(c.from),
      to: percentText(c.to),
      direction: say(lang, key, { competitor: shop }),
      p,
    });
  } else {
    const up = c.label === 'significant-up';
    text = say(lang, c.kind === 'share' ? 'summary.findings.change' : 'summary.findings.rate', {
      subject,
      from: percentText(c.from),
      to: percentText(c.to),
      direction: say(lang, up ? 'summary.findings.up' : 'summary.findings.down'),
      p,
    });
  }
  return {
    table: c.table,
    category: c.category,
    ...(c.shop === undefined ? {} : { shop: c.shop }),
    from: c.from,
    to: c.to,
    label: c.label,
    p: c.p!,
    text,
  };
}
