/** What a menu run tells the user in its closing alert, in the workbook's language. */
import type { InstallReport } from '../core/install';
import type { PeriodError } from '../core/periods';
import type { GeneratedSummary } from '../core/summary/generate-summary';

export function installMessage(report: InstallReport): string {
  const zh = report.language === 'zh';
  const lines = [
    ...(report.created.length > 0
      ? [zh ? `已创建工作表：${report.created.join('、')}` : `Created sheets: ${report.created.join(', ')}`]
      : []),
    ...report.columnsAdded.map(({ sheet, columns }) =>
      zh
        ? `已在「${sheet}」末尾添加列：${columns.join('、')}`
        : `Added to the end of "${sheet}": ${columns.join(', ')}`,
    ),
    ...report.rowsAdded.map(({ sheet, rows }) =>
      zh ? `已在「${sheet}」写入 ${rows} 行初始内容` : `Seeded ${rows} row(s) in "${sheet}"`,
    ),
    ...report.messages,
  ];
  if (lines.length === 0) {
    lines.push(
      zh
        ? '所有工作表和列都已就绪，无需更改。'
        : 'Every sheet and column is already in place; nothing changed.',
    );
  }
  return lines.join('\n');
}

/** The alert for a failed run: the error's own words (Spiral's errors are bilingual). */
export function failureMessage(error: unknown): string {
  // Duck-typed: an error thrown by an Apps Script service may come from another realm.
  const text =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return `Spiral 未能完成 / Spiral could not finish:\n${text}`;
}

export function summaryMessage(summary: GeneratedSummary): string {
  const { model, tabName, problems } = summary;
  const zh = model.language === 'zh';
  const lines = [
    zh
      ? `已生成「${tabName}」：${model.inquiries.total} 条询单（${model.period.start} 至 ${model.period.end}）。`
      : `Wrote "${tabName}": ${model.inquiries.total} inquiries (${model.period.start} to ${model.period.end}).`,
  ];
  if (model.excludedRows > 0 || problems.length > 0) {
    lines.push(
      zh
        ? `${model.excludedRows} 行因数据问题未计入；详见问题清单（共 ${problems.length} 条）。`
        : `${model.excludedRows} row(s) left out for data problems; see the Problems sheet (${problems.length} in all).`,
    );
  }
  return lines.join('\n');
}

const PERIOD_HELP =
  '请按 2026-W47（周）或 2026-11（月）填写。 / Write a week as 2026-W47 or a month as 2026-11.';

/** Why a typed period cannot be read, in both languages (the prompt comes before the workbook's language is known). */
export function periodMessage(error: PeriodError): string {
  const value = `"${error.value}"`;
  switch (error.code) {
    case 'year':
      return `${value}：年份超出范围。 / ${value}: the year is out of range.\n${PERIOD_HELP}`;
    case 'week':
      return `${value}：该年没有这一周。 / ${value}: that year has no such ISO week.\n${PERIOD_HELP}`;
    case 'month':
      return `${value}：月份应为 01 至 12。 / ${value}: months run from 01 to 12.\n${PERIOD_HELP}`;
    default:
      return `${value} 不是周期。 / ${value} is not a period.\n${PERIOD_HELP}`;
  }
}
