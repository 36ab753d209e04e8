/**
 * The server functions the panel calls through google.script.run. The build writes one top-level
 * function per name into dist/Code.js (Apps Script finds only top-level functions by name).
 */
export const SIDEBAR_FUNCTIONS = [
  'sidebarBoot',
  'sidebarHealth',
  'sidebarRunJob',
  'sidebarJobResult',
  'sidebarTestRule',
  'sidebarSettings',
  'sidebarSaveSettings',
  'sidebarOpenSheet',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** The menu's jobs the panel offers, in the menu's order; two take a typed argument. */
export const SIDEBAR_JOBS = [
  'setUpSheets',
  'classifyNewRows',
  'computeScorecard',
  'lastWeekSummary',
  'lastMonthSummary',
  'summaryFor',
  'turnOnAutomation',
  'turnOffAutomation',
] as const;

export type SidebarJob = (typeof SIDEBAR_JOBS)[number];

export const JOB_ARGUMENT: Partial<Record<SidebarJob, 'month' | 'period'>> = {
  computeScorecard: 'month',
  summaryFor: 'period',
};

/** What the page gets when it opens: its words in one language and the lists it shows. */
export interface SidebarBoot {
  lang: 'zh' | 'en';
  workbookLang: 'zh' | 'en';
  messages: Record<string, string>;
  /** The other language's name in that language, for the switch to it. */
  otherLanguage: string;
  kinds: { value: string; label: string }[];
  jobs: { job: SidebarJob; argument: 'month' | 'period' | null }[];
  /** Templated sheets (exists false: not created yet) and then the summary tabs. */
  sheets: { key: string; name: string; exists: boolean }[];
}

/** A job's outcome as the page polls it. */
export type SidebarJobOutcome = { state: 'running' } | { state: 'done'; ok: boolean; message: string };
