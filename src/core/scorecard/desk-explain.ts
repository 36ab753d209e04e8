/** The sentences that show a pre-sale agent's desk figures with their bases (seed 004). */
import { type MessageKey, say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import type { PreSaleFacts, RatioFigure } from './desk-facts';

const pct = (x: number) => `${String(Number((x * 100).toFixed(1)))}%`;
const money = (x: number) => x.toFixed(2);

/** p as the summaries print it: below 0.001 reads < 0.001. */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

function versus(figure: RatioFigure, lang: Lang): string {
  const { label, p } = figure.vsDesk;
  const key: Record<typeof label, MessageKey> = {
    'ours-higher': 'scorecard.vsHigher',
    'ours-lower': 'scorecard.vsLower',
    noise: 'scorecard.vsNoise',
    'insufficient-base': 'scorecard.vsSmall',
  };
  return say(lang, key[label], { p: p === null ? '' : formatP(p) });
}

function ratioText(figure: RatioFigure, unit: MessageKey, lang: Lang): string {
  if (figure.n === 0 || figure.rate === null) return say(lang, 'scorecard.noData');
  const counts = { rate: pct(figure.rate), hits: figure.hits, n: figure.n, unit: say(lang, unit) };
  if (figure.desk === null || figure.index === null) return say(lang, 'scorecard.ratioCounts', counts);
  return say(lang, 'scorecard.ratioDetail', {
    ...counts,
    desk: pct(figure.desk),
    index: pct(figure.index),
    vs: versus(figure, lang),
  });
}

/** The value shown for each desk fact, by the fact the rules read. */
export function deskDetails(p: PreSaleFacts, thresholdSeconds: number, lang: Lang): Record<string, string> {
  const unit = p.basis === 'buyer' ? 'scorecard.unitBuyers' : 'scorecard.unitRows';
  const details: Record<string, string> = {
    conversionIndex: ratioText(p.conversion, unit, lang),
    replyIndex: ratioText(p.reply, unit, lang),
    withinIndex: ratioText(p.within, 'scorecard.unitReplies', lang),
  };
  details.responseIndex =
    p.medianResponseSeconds === null || p.responseIndex === null
      ? say(lang, 'scorecard.noData')
      : say(lang, 'scorecard.medianDetail', {
          median: String(Number(p.medianResponseSeconds.toFixed(1))),
          threshold: thresholdSeconds,
          index: pct(p.responseIndex),
          n: p.within.n,
        });
  details.aovIndex =
    p.averageOrderValue === null || p.deskAverageOrderValue === null || p.aovIndex === null
      ? say(lang, 'scorecard.noRetailOrders')
      : say(lang, 'scorecard.aovDetail', {
          aov: money(p.averageOrderValue),
          n: p.retailOrders,
          desk: money(p.deskAverageOrderValue),
          index: pct(p.aovIndex),
        });
  return details;
}

/** How the desk figures were counted: per buyer or, before orders exist, per inquiry row; retail only. */
export function deskNotes(p: PreSaleFacts, lang: Lang): string[] {
  const end = lang === 'zh' ? '。' : '.';
  return [
    `${say(lang, p.basis === 'buyer' ? 'scorecard.basisBuyer' : 'scorecard.basisRow')}${end}`,
    `${say(lang, 'scorecard.retailOnly')}${end}`,
  ];
}
