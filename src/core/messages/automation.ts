import type { Entries } from './catalogue';

export const automationMessages = {
  'automation.neverRan': {
    zh: '自动汇总已开启，但还没有成功运行过。请查看“运行日志”。',
    en: 'Automatic summaries are on but have not run yet. See the Run log.',
  },
  'automation.stalled': {
    zh: '自动汇总已 {days} 天没有运行。请查看“运行日志”，或关闭后重新开启自动汇总。',
    en: 'Automatic summaries have not run for {days} days. See the Run log, or turn automation off and on again.',
  },
} satisfies Entries;
