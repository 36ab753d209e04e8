/**
 * The first screen of a summary (issue 23 item 6): after the findings, the money line (sales, its
 * tested change in words, the ads) and what the team changed and whether it worked; then one line
 * per part of the tab, so a part where nothing changed takes a line and its details wait below.
 */
import type { EffectRow } from '../effects/compute-effects';
import { effectLabelText, targetPolarity } from '../effects/effects-layout';
import { type MessageKey, say } from '../messages/catalogue';
import type { ChangeLabel } from '../stats/proportions';
import { isSignificant, moneyText, percentText, relativeText, signedPoints } from './findings';
import type { LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';
import type { AnyLabel } from './summary-text';

/** Findings listed on the first screen; the rest follow the list of parts. */
export const FIRST_SCREEN_FINDINGS = 6;
/** Effects listed on the first screen, newest first; the Effects tab holds them all. */
export const FIRST_SCREEN_EFFECTS = 3;

const VERDICT: Record<ChangeLabel, MessageKey> = {
  'significant-up': 'overview.verdict.up',
  'significant-down': 'overview.verdict.down',
  noise: 'overview.verdict.noise',
  'insufficient-base': 'overview.verdict.insufficient',
  'no-baseline': 'overview.verdict.noBaseline',
};

/** A change in percentage points, signed, one decimal: "-2.2 个百分点". */
export function pointsText(from: number | null, to: number | null, lang: SummaryModel['language']): string {
  const points = signedPoints(from, to);
  return points === null ? '—' : say(lang, 'overview.points', { points });
}

/** 销售与推广: the shop's sales (else the inquiries') with the tested verdict in words, then the ads. */
export function layoutMoney(ctx: LayoutContext, model: SummaryModel): void {
  const { lang } = ctx;
  const q = model.inquiries;
  ctx.section(say(lang, 'overview.money.title'));
  // The shop's paid orders where the Orders sheet covers either period, else the inquiries' sales.
  const store = q.storeSalesChange !== null && ((q.storeSales ?? 0) > 0 || (q.previousStoreSales ?? 0) > 0);
  ctx.tab.row(
    [
      say(lang, 'overview.money.sales', {
        subject: say(lang, store ? 'summary.findings.subject.storeSales' : 'summary.findings.subject.sales'),
        current: moneyText(store ? q.storeSales : q.sales),
        previous: moneyText(store ? q.previousStoreSales : q.previousSales),
        relative: relativeText(
          store ? q.previousStoreSales : q.previousSales,
          store ? q.storeSales : q.sales,
        ),
        verdict: say(lang, VERDICT[(store ? q.storeSalesChange! : q.salesChange).label]),
      }),
    ],
    { wrap: false, bold: true },
  );
  const ads = model.ads;
  if (ads === undefined) return;
  const two = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  ctx.tab.row(
    [
      say(lang, ads.adsOverStore ? 'overview.money.adsOverStore' : 'overview.money.ads', {
        spend: moneyText(ads.total.spend),
        adSales: moneyText(ads.total.adSales),
        roi: two(ads.total.roi),
        previousRoi: two(ads.total.previousRoi),
        verdict: say(lang, VERDICT[ads.total.roiChange.label]),
        share: percentText(ads.adShare),
      }),
    ],
    { wrap: false },
  );
}

/** 改了什么，有没有用: one line per action whose window ended, newest first. */
export function layoutEffectLines(ctx: LayoutContext, model: SummaryModel): void {
  const effects = model.effects;
  if (effects === undefined) return;
  const { lang } = ctx;
  ctx.section(say(lang, 'overview.effects.title'));
  if (effects.ended.length === 0) ctx.note(say(lang, 'overview.effects.none', { weeks: effects.weeks }));
  for (const row of effects.ended.slice(0, FIRST_SCREEN_EFFECTS))
    ctx.tab.row([effectLine(row, lang)], { wrap: false });
  const more = Math.max(0, effects.ended.length - FIRST_SCREEN_EFFECTS);
  const { watching } = effects;
  if (more + watching === 0) return;
  const key: MessageKey =
    watching === 0
      ? 'overview.effects.more'
      : more === 0
        ? 'overview.effects.watching'
        : 'overview.effects.rest';
  ctx.note(say(lang, key, { more, watching, tab: say(lang, 'effects.tab') }));
}

function effectLine(row: EffectRow, lang: SummaryModel['language']): string {
  const significant = row.label === 'significant-up' || row.label === 'significant-down';
  const polarity = targetPolarity(row.resolved);
  const verdict =
    significant && polarity !== 'neutral'
      ? say(
          lang,
          (row.label === 'significant-up') === (polarity === 'up-good')
            ? 'overview.effects.worked'
            : 'overview.effects.worse',
        )
      : effectLabelText(row.label, lang);
  const conversion = row.resolved?.kind === 'conversion';
  return say(lang, conversion ? 'overview.effects.linePoints' : 'overview.effects.line', {
    date: row.date,
    action: row.action,
    target: conversion ? say(lang, 'summary.findings.subject.conversion') : row.target,
    before: percentText(row.before.share),
    after: percentText(row.after.share),
    points: signedPoints(row.before.share, row.after.share) ?? '—',
    verdict,
  });
}

/** One part of the tab: its title, the labels of the tests it shows, whether they compare or change. */
export interface Part {
  /** Names the part in its line (untested parts are named by their own title row). */
  title?: string;
  labels?: readonly AnyLabel[];
  kind?: 'change' | 'difference';
  /** Open whatever its tests say (the monthly scorecard: the pay is read every month). */
  open?: boolean;
  draw: () => void;
}

/** The part's one line: how many items, how many significant; null for an untested part (its title row stands). */
export function partLine(part: Part, lang: SummaryModel['language']): string | null {
  const labels = part.labels;
  if (labels === undefined) return null;
  if (labels.length === 0) return say(lang, 'overview.parts.empty', { part: part.title ?? '' });
  const changed = labels.filter(isSignificant).length;
  const difference = part.kind === 'difference';
  const key: MessageKey =
    changed === 0
      ? difference
        ? 'overview.parts.noDifference'
        : 'overview.parts.noChange'
      : difference
        ? 'overview.parts.differs'
        : 'overview.parts.changed';
  return say(lang, key, { part: part.title ?? '', count: labels.length, changed });
}

/** The tested parts' lines, one each (the tab's own list: the report's folds say the same). */
export function layoutPartLines(ctx: LayoutContext, parts: readonly Part[]): void {
  const { tab, lang } = ctx;
  tab.tabOnlyRows(() => {
    ctx.section(say(lang, 'overview.parts.title'));
    ctx.note(say(lang, 'overview.parts.note'));
    for (const part of parts) {
      const line = partLine(part, lang);
      if (line !== null) tab.row([line], { wrap: false });
    }
  });
}

/** Each part in full, as a fold: open where it holds a significant result. */
export function layoutPartFolds(ctx: LayoutContext, parts: readonly Part[]): void {
  for (const part of parts)
    ctx.tab.fold(
      partLine(part, ctx.lang),
      part.open === true || (part.labels ?? []).some(isSignificant),
      part.draw,
    );
}
