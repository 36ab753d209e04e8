import { JOBS, type JobId, SHELL_JOBS } from '../core/jobs';
import { type MessageKey, say } from '../core/messages';
import type { Lang } from '../core/sheets';
/**
 * The add-on menu and the list of Apps Script entry points. The build writes one top-level
 * function per handler name into dist/Code.js, since Apps Script calls only top-level functions.
 */

/** Every menu entry Spiral has, with its bilingual label. */
export const MENU_LABELS = {
  showSidebar: 'Spiral 面板 / Spiral panel',
  setUpSheets: '安装模板 / Set up sheets',
  matchOrders: '匹配订单 / Match orders',
  classifyNewRows: '分类新记录 / Classify new rows',
  computeScorecard: '计算考核 / Compute scorecard',
  lastWeekSummary: "上周周报 / Last week's summary",
  lastMonthSummary: "上月月报 / Last month's summary",
  summaryFor: '指定周期… / Summary for…',
  updateEffects: '效果追踪 / Effects of actions',
  updateQueues: '复盘与跟进清单 / Review and follow-up lists',
  turnOnAutomation: '开启自动汇总 / Turn on automatic summaries',
  turnOffAutomation: '关闭自动汇总 / Turn off automatic summaries',
  showAutomationWarning: '⚠ 自动汇总未运行 / Automatic summaries stalled',
} as const;

export type MenuHandler = keyof typeof MENU_LABELS;

/**
 * An entry's label: in the workbook's language once it can be read (AuthMode.LIMITED or FULL, and a
 * Settings sheet exists); both languages before that (AuthMode.NONE, or a spreadsheet not set up).
 */
export function menuLabel(handler: string, lang: Lang | null): string {
  return lang === null
    ? MENU_LABELS[handler as MenuHandler]
    : say(lang, `menu.label.${handler}` as MessageKey);
}

export const SEPARATOR = '---';

/** Shown first, only while automation is on and its last automatic run is over two days old. */
export const WARNING_ITEM = 'showAutomationWarning' satisfies MenuHandler;

/** The menu's groups of jobs, a line between groups; each job brings its entries from the job table. */
export const MENU_GROUPS: readonly (readonly JobId[])[] = [
  ['setUp'],
  ['match', 'classify', 'scorecard'],
  ['summary', 'effects', 'queues'],
];

/** The menu as shown, in order (the warning item comes before it when there is one). */
export const MENU: readonly string[] = [
  'showSidebar',
  ...MENU_GROUPS.flatMap((group) => [
    SEPARATOR,
    ...group.flatMap((id) => JOBS[id].entries.map((entry) => entry.handler)),
  ]),
  SEPARATOR,
  'turnOnAutomation',
  'turnOffAutomation',
];

/** Handlers Apps Script calls by name: the simple triggers, the time-driven trigger and every menu entry. */
export type HandlerName = string;

export const HANDLER_NAMES: readonly HandlerName[] = [
  'onOpen',
  'onInstall',
  SHELL_JOBS.runDue.handler,
  WARNING_ITEM,
  ...MENU.filter((entry) => entry !== SEPARATOR),
];
