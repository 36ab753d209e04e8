import type { Cell, WorkbookPort } from '../../ports';
import { findSheet, type Lang, sheetName, TEMPLATES } from '../sheets/template';
import { zonedTime } from '../time/periods';

export type RunTrigger = 'menu' | 'trigger' | 'cli';
export type RunOutcome = 'ok' | 'partial' | 'busy' | 'error';

export interface RunLogEntry {
  startedAt: Date;
  trigger: RunTrigger;
  actions: string[];
  seconds: number;
  outcome: RunOutcome;
  /** The error in full: message and stack. */
  error?: string;
}

export const TRIGGER_LABELS: Record<RunTrigger, Record<Lang, string>> = {
  menu: { zh: '菜单', en: 'menu' },
  trigger: { zh: '定时', en: 'trigger' },
  cli: { zh: '命令行', en: 'cli' },
};

export const OUTCOME_LABELS: Record<RunOutcome, Record<Lang, string>> = {
  ok: { zh: '完成', en: 'ok' },
  partial: { zh: '部分完成', en: 'partial' },
  busy: { zh: '忙碌跳过', en: 'busy' },
  error: { zh: '出错', en: 'error' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD HH:mm:ss' in a time zone, for the run log. */
export function localDateTime(instant: Date, timeZone: string): string {
  const t = zonedTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/** Appends one row to the Run log sheet (creating it when missing): one read, one write. */
export function appendRunLog(wb: WorkbookPort, entry: RunLogEntry, lang: Lang, timeZone: string): void {
  let sheet = findSheet(wb, 'runLog');
  if (sheet === null) {
    sheet = sheetName('runLog', lang);
    wb.addSheet(sheet);
    wb.write(sheet, 1, 1, [TEMPLATES.runLog.columns.map((c) => c[lang])]);
  }
  const next = Math.max(wb.read(sheet).length, 1) + 1;
  const row: Cell[] = [
    localDateTime(entry.startedAt, timeZone),
    TRIGGER_LABELS[entry.trigger][lang],
    entry.actions.join('; '),
    Math.round(entry.seconds * 10) / 10,
    OUTCOME_LABELS[entry.outcome][lang],
    entry.error ?? '',
  ];
  wb.write(sheet, next, 1, [row]);
}
