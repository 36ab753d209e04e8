import type { Entries } from './catalogue';

/** Orders and chat exports: what import says about them. */
export const orderMessages = {
  'orders.chatTimeMissing': { zh: '时间为空', en: 'time is empty' },
  'orders.chatBuyerMissing': { zh: '买家为空', en: 'buyer is empty' },
  'orders.chatSenderInvalid': {
    zh: '发送方“{value}”既不是买家也不是客服',
    en: 'sender "{value}" is neither the buyer nor an agent',
  },
  'orders.chatColumnsMissing': {
    zh: '聊天记录缺少必需的列：{columns}',
    en: 'the chat log lacks required column(s): {columns}',
  },
  'orders.unanswered': { zh: '未接待', en: 'unanswered' },
  'orders.noTranscriptSheet': {
    zh: '工作簿里还没有「{sheet}」表，聊天原文未保存；运行安装模板（spiral init）后再导入一次即可补上',
    en: 'the workbook has no {sheet} sheet yet, so the messages themselves were not kept; run set-up (spiral init) and import again to keep them',
  },
  'orders.agentOnlyDays': {
    zh: '{count} 个买家日只有客服消息，没有买家提问，未生成询单',
    en: '{count} buyer-day(s) hold only agent messages, no question from the buyer: no inquiry made',
  },
} satisfies Entries;
