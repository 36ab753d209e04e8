/** Suggested no-deal reasons (issue 20, item 4): where a 建议原因 came from, and the runs' reports. */
export const reasonMessages = {
  'reasons.fromChat': { zh: '聊天：{words}', en: 'chat: {words}' },
  'reasons.fromClosure': { zh: '订单关闭原因：{reason}', en: 'order closed: {reason}' },
  'reasons.report': {
    zh: '未填写原因的未成交询单 {blank} 条：按聊天建议 {fromChat} 条，按订单关闭原因建议 {fromClosure} 条，无可读原因 {none} 条',
    en: 'Lost inquiries with no reason typed: {blank} — {fromChat} suggested from the chat, {fromClosure} from a closed order’s reason, {none} with no words naming one',
  },
} as const;
