/** What a menu run tells the user in its closing alert, in the workbook's language. */
import type { InstallReport } from '../core/install';

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
