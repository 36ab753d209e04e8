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
  'automation.reauthorize': {
    zh: '自动汇总从 {since} 起无法运行：Spiral 需要重新授权。请在表格中从菜单运行一次 Spiral（例如“上周周报”），按提示授权。',
    en: "Automatic summaries cannot run since {since}: Spiral needs to be authorised again. Run Spiral once from the menu (e.g. Last week's summary) and accept the prompt.",
  },
  'automation.reauthorizeLog': {
    zh: '未运行：需要重新授权（{url}）',
    en: 'did not run: re-authorisation needed ({url})',
  },
} satisfies Entries;
