/**
 * The panel's health view: is automation on and running, what the last automatic run did, how
 * many problems the Problems sheet lists by severity, and how close the workbook is to Sheets' cell
 * limit. One read of the Run log and one of the Problems sheet.
 */
import type { PropertiesPort, WorkbookPort } from '../../ports';
import { CELL_LIMIT } from '../automation/run';
import { localDateTime, OUTCOME_LABELS, type RunOutcome, TRIGGER_LABELS } from '../automation/run-log';
import { AUTOMATION_KEYS, automationWarning, KILLED_AFTER_MS, readRunMarker } from '../automation/state';
import { say } from '../messages/catalogue';
import { mapHeader } from '../sheets/header';
import { enumOption, findSheet, type Lang, normalizeLabel, TEMPLATES } from '../sheets/template';

export interface LastRun {
  /** As the Run log shows it, in the spreadsheet's zone. */
  when: string;
  outcome: RunOutcome | null;
  actions: string;
}

export interface Health {
  automation: {
    enabled: boolean;
    /** ISO instant automation was turned on; null when off. */
    since: string | null;
    /** The stalled-automation warning the menu shows, or null when all is well. */
    warning: string | null;
  };
  /**
   * A daily run Apps Script killed (its marker is older than an execution can live): when it
   * started, the step it was in, and the sentence the panel shows; null when none was.
   */
  interrupted: { at: string; step: string; message: string } | null;
  /** The latest run started by the daily trigger, from the Run log; null when none is logged. */
  lastAutomaticRun: LastRun | null;
  problems: { errors: number; warnings: number; sheet: string | null };
  cells: { used: number; limit: number };
}

export function readHealth(
  wb: WorkbookPort,
  properties: PropertiesPort,
  now: Date,
  lang: Lang,
  timeZone: string = wb.timeZone,
): Health {
  const since = properties.get(AUTOMATION_KEYS.enabled);
  return {
    automation: { enabled: since !== null, since, warning: automationWarning(properties, now, lang) },
    interrupted: interrupted(properties, now, lang, timeZone),
    lastAutomaticRun: lastAutomaticRun(wb),
    problems: problemCounts(wb),
    cells: { used: wb.cellCount(), limit: CELL_LIMIT },
  };
}

const labelOf = <K extends string>(labels: Record<K, Record<Lang, string>>, text: string): K | null => {
  const wanted = normalizeLabel(text);
  const found = Object.entries<Record<Lang, string>>(labels).find(([, l]) =>
    [l.zh, l.en].some((label) => normalizeLabel(label) === wanted),
  );
  return found ? (found[0] as K) : null;
};

function lastAutomaticRun(wb: WorkbookPort): LastRun | null {
  const sheet = findSheet(wb, 'runLog');
  if (sheet === null) return null;
  const [header = [], ...rows] = wb.read(sheet);
  const { columns } = mapHeader(header, TEMPLATES.runLog);
  const cell = (row: readonly unknown[], key: string) =>
    columns[key] === undefined ? '' : String(row[columns[key] - 1] ?? '');
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (labelOf(TRIGGER_LABELS, cell(row, 'trigger')) !== 'trigger') continue;
    return {
      when: cell(row, 'when'),
      outcome: labelOf(OUTCOME_LABELS, cell(row, 'outcome')),
      actions: cell(row, 'actions'),
    };
  }
  return null;
}

function problemCounts(wb: WorkbookPort): Health['problems'] {
  const sheet = findSheet(wb, 'problems');
  if (sheet === null) return { errors: 0, warnings: 0, sheet: null };
  const [header = [], ...rows] = wb.read(sheet);
  const at = mapHeader(header, TEMPLATES.problems).columns.severity;
  let errors = 0;
  let warnings = 0;
  if (at !== undefined) {
    for (const row of rows) {
      const severity = enumOption('severity', String(row[at - 1] ?? ''))?.value;
      if (severity === 'error') errors++;
      else if (severity === 'warning') warnings++;
    }
  }
  return { errors, warnings, sheet };
}

function interrupted(
  properties: PropertiesPort,
  now: Date,
  lang: Lang,
  timeZone: string,
): Health['interrupted'] {
  const marker = readRunMarker(properties);
  if (marker === null) return null;
  const started = Date.parse(marker.at);
  if (!Number.isNaN(started) && now.getTime() - started <= KILLED_AFTER_MS) return null;
  const at = Number.isNaN(started) ? marker.at : localDateTime(new Date(started), timeZone);
  const known = ['check', 'match', 'classify', 'read', 'scorecard', 'summary', 'desk'].includes(marker.step);
  const step = known ? say(lang, `automation.step.${marker.step as 'check'}`) : marker.step;
  return { at, step: marker.step, message: say(lang, 'automation.health.killed', { at, step }) };
}
