import type { Cell, WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import type { Inquiry, Problem } from '../records';
import { defaultRuleBook, type RuleBook } from '../rules/default-rules';
import { readSettings } from '../settings';
import { readInquiries, readScorecard, writeColumn } from '../tables';
import { columnLabel, enumLabel, normalizeLabel } from '../template';
import { type AgentScore, type AgentScoreJson, agentScoreJson, computeScorecardResults } from './results';

/** What `spiral kpi <book> --month YYYY-MM --json` prints (issue 3). */
export interface ScorecardJson {
  month: string;
  agents: AgentScoreJson[];
}

export interface ScorecardReport extends ScorecardJson {
  /** Scorecard rows of the month that were scored and written. */
  rowsWritten: number;
  problems: Problem[];
}

/** The columns Spiral writes into the Scorecard sheet, in template order. */
export const SCORECARD_OUTPUTS = [
  'score',
  'percent',
  'qualified',
  'bonus',
  'basePay',
  'pay',
  'explanation',
] as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Menu "计算考核 / Compute scorecard": scores the Scorecard rows of one month (pre-sale rows also
 * from the Inquiries log), then writes score, percent, qualified, bonus, base pay, pay and the
 * explanation into those rows — one write per column. Settings win over the rule defaults.
 */
export async function computeScorecard(
  wb: WorkbookPort,
  month: string,
  rules: RuleBook = defaultRuleBook(),
): Promise<ScorecardReport> {
  const { settings } = readSettings(wb);
  const lang = settings.language;
  const report: ScorecardReport = { month, agents: [], rowsWritten: 0, problems: [] };
  if (!MONTH.test(month)) {
    report.problems.push({
      sheet: '',
      row: 0,
      column: '',
      value: month,
      reason: 'not a month (expected YYYY-MM)',
      severity: 'error',
    });
    return report;
  }
  const table = readScorecard(wb, { lang });
  report.problems.push(...table.problems);
  const rows = table.records.filter((row) => row.month === month);
  report.problems.push(...duplicateAgents(rows, table.sheet ?? '', lang));
  let inquiries: Inquiry[] = [];
  // The Inquiries log is only needed for pre-sale agents.
  if (rows.some((row) => row.role === 'pre-sale')) inquiries = readInquiries(wb, { lang }).records;
  const results = await computeScorecardResults(rows, inquiries, settings, rules);
  report.agents = results.map(agentScoreJson);
  if (table.sheet === null || results.length === 0) return report;
  for (const column of SCORECARD_OUTPUTS) {
    if (!(column in table.columns)) {
      report.problems.push({
        sheet: table.sheet,
        row: 0,
        column: columnLabel('scorecard', column, lang),
        value: '',
        reason: `column missing, so nothing was written to it; run set-up to add it (${column})`,
        severity: 'warning',
      });
      continue;
    }
    const values = new Map<number, Cell>(
      results.map((result) => [result.row, outputCell(result, column, lang)]),
    );
    const { kept } = writeColumn(wb, table, column, values);
    for (const row of kept) {
      report.problems.push({
        sheet: table.sheet,
        row,
        column: columnLabel('scorecard', column, lang),
        value: '',
        reason: say(lang, 'sheets.cellKept', { value: String(values.get(row)) }),
        severity: 'warning',
      });
    }
  }
  report.rowsWritten = results.length;
  return report;
}

function outputCell(result: AgentScore, column: (typeof SCORECARD_OUTPUTS)[number], lang: 'zh' | 'en'): Cell {
  if (column === 'qualified') return enumLabel('yesNo', result.qualified ? 'yes' : 'no', lang);
  return result[column];
}

/** Two rows for one agent in one month are both scored, but the team should know. */
function duplicateAgents(
  rows: readonly { row: number; agent: string }[],
  sheet: string,
  lang: 'zh' | 'en',
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = normalizeLabel(row.agent);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      problems.push({
        sheet,
        row: row.row,
        column: columnLabel('scorecard', 'agent', lang),
        value: row.agent,
        reason: `the same agent already has a row for this month (row ${first}); both were scored`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
