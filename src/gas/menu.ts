import { say } from '../core/messages';
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
export function menuLabel(handler: MenuHandler, lang: Lang | null): string {
  return lang === null ? MENU_LABELS[handler] : say(lang, `menu.label.${handler}`);
}

export const SEPARATOR = '---';

/** Shown first, only while automation is on and its last automatic run is over two days old. */
export const WARNING_ITEM = 'showAutomationWarning' satisfies MenuHandler;

/** The menu as shown, in order (the warning item comes before it when there is one). */
export const MENU = [
  'showSidebar',
  SEPARATOR,
  'setUpSheets',
  SEPARATOR,
  'matchOrders',
  'classifyNewRows',
  'computeScorecard',
  SEPARATOR,
  'lastWeekSummary',
  'lastMonthSummary',
  'summaryFor',
  'updateEffects',
  'updateQueues',
  SEPARATOR,
  'turnOnAutomation',
  'turnOffAutomation',
] as const satisfies readonly (MenuHandler | typeof SEPARATOR)[];

/** Handlers Apps Script calls by name: the simple triggers, the time-driven trigger and every menu entry. */
export type HandlerName =
  | 'onOpen'
  | 'onInstall'
  | 'runDueTrigger'
  | typeof WARNING_ITEM
  | Exclude<(typeof MENU)[number], typeof SEPARATOR>;

const shown: readonly (MenuHandler | typeof SEPARATOR)[] = MENU;

export const HANDLER_NAMES: readonly HandlerName[] = [
  'onOpen',
  'onInstall',
  'runDueTrigger',
  WARNING_ITEM,
  // Only MENU's own entries pass the filter, so each is a HandlerName.
  ...(shown.filter((entry) => entry !== SEPARATOR) as HandlerName[]),
];
