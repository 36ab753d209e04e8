import type { FactFormat, ScorecardFile } from '../rules/rule-file';
import { enumLabel, type Lang } from '../template';
import type { ItemScore } from './items';

/** What the explanation needs besides the items. */
export interface ExplainInput {
  items: readonly ItemScore[];
  score: number;
  total: number;
  percent: number;
  qualified: boolean;
  gatePercent: number;
  gateRule: string;
  bonus: number;
  basePay: number;
  pay: number;
}

const TEXT = {
  zh: {
    sep: '；',
    comma: '，',
    list: '、',
    noData: '无数据',
    blank: '未评',
    total: '合计',
    qualified: '达标',
    notQualified: '未达标',
    bonus: '奖金',
    basePay: '底薪',
    pay: '应发',
    seconds: '秒',
  },
  en: {
    sep: '; ',
    comma: ', ',
    list: ', ',
    noData: 'no data',
    blank: 'not graded',
    total: 'total',
    qualified: 'qualified',
    notQualified: 'not qualified',
    bonus: 'bonus',
    basePay: 'base pay',
    pay: 'pay',
    seconds: ' s',
  },
} as const;

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
export const formatPercent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const money = (n: number) => n.toFixed(2);

export function formatFact(value: unknown, format: FactFormat, lang: Lang): string {
  const t = TEXT[lang];
  if (format === 'grade') return typeof value === 'string' ? enumLabel('grade', value, lang) : t.blank;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return value === null || value === undefined ? t.noData : String(value);
  switch (format) {
    case 'percent':
      return formatPercent(value);
    case 'seconds':
      return `${trim(value, 1)}${t.seconds}`;
    case 'money':
      return money(value);
    case 'ratio':
      return value.toFixed(2);
    default:
      return trim(value, 2);
  }
}

/** "退款率 6.2% → 20 (refund-rate-5-8)": a fact is named unless it is what the item is called. */
function explainItem(item: ItemScore, file: ScorecardFile, lang: Lang): string {
  const t = TEXT[lang];
  const itemLabel = item.label[lang];
  const facts = Object.entries(item.facts)
    .map(([name, value]) => {
      const spec = file.facts[name as keyof ScorecardFile['facts']];
      const label = spec?.[lang] ?? name;
      const shown = formatFact(value, spec?.format ?? 'count', lang);
      return label.toLowerCase() === itemLabel.toLowerCase() ? shown : `${label} ${shown}`;
    })
    .join(t.list);
  const rule = item.rule === '' ? '' : ` (${item.rule})`;
  return `${itemLabel}${facts ? ` ${facts}` : ''} → ${trim(item.points, 2)}${rule}`;
}

/** An adjustment nobody earned (no praise, no complaint) is left out to keep the line readable. */
const isIdle = (item: ItemScore) =>
  item.eventType === 'points-per-unit' && item.points === 0 && Object.values(item.facts).every((v) => !v);

/** The readable explanation written beside each agent's score, in the workbook's language. */
export function explainScore(input: ExplainInput, file: ScorecardFile, lang: Lang): string {
  const t = TEXT[lang];
  const parts = input.items.filter((item) => !isIdle(item)).map((item) => explainItem(item, file, lang));
  const gate = `${input.qualified ? t.qualified : t.notQualified} (${input.qualified ? '≥' : '<'} ${formatPercent(input.gatePercent)}, ${input.gateRule})`;
  parts.push(
    `${t.total} ${trim(input.score, 2)}/${input.total} = ${formatPercent(input.percent)}${t.comma}${gate}`,
  );
  parts.push(
    `${t.bonus} ${money(input.bonus)}${t.list}${t.basePay} ${money(input.basePay)}${t.list}${t.pay} ${money(input.pay)}`,
  );
  return parts.join(t.sep);
}
