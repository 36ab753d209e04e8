import type { Entries } from './catalogue';

export const cliMessages = {
  'cli.reportWritten': { zh: '已写出 {out}（{tab}）', en: 'wrote {out} ({tab})' },
  'cli.reportFooter': { zh: '由 Spiral 根据 {book} 生成 · {at}', en: 'Made by Spiral from {book} · {at}' },
} satisfies Entries;
