/**
 * The add-on menu and the list of Apps Script entry points. The build writes one top-level
 * function per handler name into dist/Code.js, since Apps Script calls only top-level functions.
 */

/** Every menu entry Spiral has or will have, with its bilingual label. */
export const MENU_LABELS = {
  setUpSheets: '安装模板 / Set up sheets',
  classifyNewRows: '分类新记录 / Classify new rows',
  computeScorecard: '计算考核 / Compute scorecard',
  lastWeekSummary: "上周周报 / Last week's summary",
  lastMonthSummary: "上月月报 / Last month's summary",
  summaryFor: '指定周期… / Summary for…',
  turnOnAutomation: '开启自动汇总 / Turn on automatic summaries',
  turnOffAutomation: '关闭自动汇总 / Turn off automatic summaries',
} as const;

export type MenuHandler = keyof typeof MENU_LABELS;

export const SEPARATOR = '---';

/** The menu as shown, in order. An entry is listed once its handler exists in main.ts. */
export const MENU = [
  'setUpSheets',
  SEPARATOR,
  'lastWeekSummary',
  'lastMonthSummary',
  'summaryFor',
] as const satisfies readonly (MenuHandler | typeof SEPARATOR)[];

/** Handlers Apps Script calls by name: the simple triggers and every menu entry shown. */
export type HandlerName = 'onOpen' | 'onInstall' | Exclude<(typeof MENU)[number], typeof SEPARATOR>;

const shown: readonly (MenuHandler | typeof SEPARATOR)[] = MENU;

export const HANDLER_NAMES: readonly HandlerName[] = [
  'onOpen',
  'onInstall',
  // Only MENU's own entries pass the filter, so each is a HandlerName.
  ...(shown.filter((entry) => entry !== SEPARATOR) as HandlerName[]),
];
