/** The workbook's language: every sentence a person reads exists in both. */
export type Lang = 'zh' | 'en';
