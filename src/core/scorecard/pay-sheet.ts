/** The month's pay as a payroll-ready table: the summary tab's scorecard section and `kpi --csv` (issue 10, item 6). */
import type { Cell } from '../../ports';
import { say } from '../messages/catalogue';
import type { Level, Role } from '../sheets/records';
import { enumLabel, type Lang } from '../sheets/template';
import { roundMoney } from './pay';

/** One paid row as the summary and the CSV need it (the `--json` shape without the items). */
export interface PayRow {
  agent: string;
  role: Role;
  level: Level;
  score: number;
  percent: number;
  qualified: boolean;
  bonus: number;
  basePay: number;
  pay: number;
}

/** A row not paid because an input could not be read. */
export interface UnpaidPayRow {
  agent: string;
  reasons: string[];
}

export const PAY_COLUMNS = [
  'agent',
  'role',
  'level',
  'score',
  'percent',
  'qualified',
  'bonus',
  'basePay',
  'pay',
  'note',
] as const;

/** Header, one line per agent (unpaid rows with blank money and the reason), and the month's totals. */
export function payTable(paid: readonly PayRow[], unpaid: readonly UnpaidPayRow[], lang: Lang): Cell[][] {
  const header = PAY_COLUMNS.map((c) => say(lang, `scorecard.pay.${c}`));
  const yesNo = (b: boolean) => enumLabel('yesNo', b ? 'yes' : 'no', lang);
  const lines: Cell[][] = paid.map((r) => [
    r.agent,
    enumLabel('role', r.role, lang),
    enumLabel('level', r.level, lang),
    Number(r.score.toFixed(2)),
    `${(r.percent * 100).toFixed(1)}%`,
    yesNo(r.qualified),
    r.bonus.toFixed(2),
    r.basePay.toFixed(2),
    r.pay.toFixed(2),
    '',
  ]);
  for (const u of unpaid) {
    lines.push([
      u.agent,
      '',
      '',
      '',
      '',
      yesNo(false),
      '',
      '',
      '',
      say(lang, 'scorecard.pay.notPaid', { reasons: u.reasons.join('') }),
    ]);
  }
  const sum = (key: 'bonus' | 'basePay' | 'pay') =>
    roundMoney(paid.reduce((s, r) => s + r[key], 0)).toFixed(2);
  lines.push([
    say(lang, 'scorecard.pay.total'),
    '',
    '',
    '',
    '',
    '',
    sum('bonus'),
    sum('basePay'),
    sum('pay'),
    '',
  ]);
  return [header, ...lines];
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one)
 * is written with a leading apostrophe, so a payroll system importing the file shows the text.
 */
export function csvSafe(cell: Cell): string {
  const text = cell instanceof Date ? cell.toISOString() : String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 BOM, so Excel opens the Chinese correctly. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const field = (cell: Cell) => {
    const text = csvSafe(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
