/** The Effects tab (效果追踪): one row per action, newest first, its verdict coloured by meaning. */
import type { AreaStyle, Cell, TabContent } from '../../ports';
import { type MessageKey, say } from '../messages/catalogue';
import { enumLabel, type Lang } from '../sheets/template';
import { NOTE, TITLE } from '../tabs/looks';
import { labelStyle, type Polarity, TabBuilder } from '../tabs/tab-builder';
import type { EffectLabel, EffectRow, Side } from './compute-effects';
import type { EffectTarget } from './target';

const WIDTHS = [90, 120, 220, 70, 260, 80, 80, 90, 80, 90, 100, 70, 200];

const LABEL_KEYS: Record<EffectLabel, MessageKey> = {
  'significant-up': 'effects.label.significantUp',
  'significant-down': 'effects.label.significantDown',
  noise: 'effects.label.noise',
  'insufficient-base': 'effects.label.insufficientBase',
  'no-baseline': 'effects.label.noBaseline',
  'too-early': 'effects.label.tooEarly',
  'unknown-target': 'effects.label.unknownTarget',
};

export function effectLabelText(label: EffectLabel, lang: Lang): string {
  return say(lang, LABEL_KEYS[label]);
}

/** How the target's share was counted, in words. */
export function measureText(target: EffectTarget | null, lang: Lang): string {
  if (target === null) return say(lang, 'effects.measure.unknown');
  if (target.kind === 'conversion') return say(lang, 'effects.measure.conversion');
  const key: Record<typeof target.kind, MessageKey> = {
    'no-deal': 'effects.measure.noDeal',
    'pre-sale': 'effects.measure.preSale',
    'after-sale': 'effects.measure.afterSale',
    review: 'effects.measure.review',
  };
  return say(lang, key[target.kind], { category: target.category });
}

/** Up is good for conversion, bad for a problem or a no-deal reason, neither for a pre-sale question. */
export function targetPolarity(target: EffectTarget | null): Polarity {
  if (target === null || target.kind === 'pre-sale') return 'neutral';
  return target.kind === 'conversion' ? 'up-good' : 'up-bad';
}

const QUIET: Omit<AreaStyle, 'row' | 'col' | 'rows' | 'cols'> = { fontColor: '#9aa0a6', italic: true };

export function layoutEffects(
  rows: readonly EffectRow[],
  options: { lang: Lang; asOf: string; weeks: number; minWeeksAfter: number },
): TabContent {
  const { lang } = options;
  const s = (key: MessageKey, params?: Record<string, string | number>) => say(lang, key, params);
  const tab = new TabBuilder();
  tab.row([s('effects.title', { date: options.asOf })], TITLE);
  tab.row([s('effects.explain', { weeks: options.weeks, min: options.minWeeksAfter })], NOTE);
  tab.blank();
  if (rows.length === 0) {
    tab.row([s('effects.none')], NOTE);
    return tab.build(WIDTHS.length, WIDTHS, 1);
  }
  const share = (x: Side): Cell => x.share ?? '';
  const count = (x: Side): string => s('effects.count', { hits: x.hits, base: x.base });
  const span = (weeks: string[]) =>
    weeks.length === 0
      ? s('effects.noWeeks')
      : weeks.length === 1
        ? weeks[0]!
        : `${weeks[0]}…${weeks[weeks.length - 1]}`;
  const table = tab.table(
    [
      { header: s('effects.col.date') },
      { header: s('effects.col.target') },
      { header: s('effects.col.measure') },
      { header: s('effects.col.kind') },
      { header: s('effects.col.action') },
      { header: s('effects.col.owner') },
      { header: s('effects.col.beforeShare'), format: '0.0%' },
      { header: s('effects.col.beforeCount') },
      { header: s('effects.col.afterShare'), format: '0.0%' },
      { header: s('effects.col.afterCount') },
      { header: s('effects.col.label') },
      { header: s('effects.col.p'), format: '0.000' },
      { header: s('effects.col.weeks') },
    ],
    rows.map((r) => [
      r.date,
      r.target,
      measureText(r.resolved, lang),
      r.kind === null ? '' : enumLabel('actionKind', r.kind, lang),
      r.action,
      r.owner,
      share(r.before),
      count(r.before),
      share(r.after),
      count(r.after),
      effectLabelText(r.label, lang),
      r.p === null ? '' : r.p < 0.001 ? s('effects.pBelow') : r.p,
      s('effects.weeks', { before: span(r.beforeWeeks), after: span(r.afterWeeks) }),
    ]),
  );
  rows.forEach((r, i) => {
    const look =
      r.label === 'too-early' || r.label === 'unknown-target'
        ? QUIET
        : labelStyle(r.label, targetPolarity(r.resolved));
    tab.style({ row: table.first + i, col: 11, rows: 1, cols: 1, ...look });
  });
  return tab.build(WIDTHS.length, WIDTHS, table.header);
}
