/**
 * 千牛's copied chat text: a line `name 2026-11-03 9:58:02` opens each message and the lines below
 * it are the message, up to the next such line. Read into the columns of a sender/receiver export
 * (时间, 发送人, 内容), so one chat reader serves both; system lines (已读 …) are left out later.
 */
import type { InputRow, InputTable } from './input-table';

const HEADER_LINE = /^(.+?)\s+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/;

/** The header a table read from copied text has (labels of templates/chat-export.json). */
export const QIANNIU_HEADER = ['时间', '发送人', '内容'];

/** Whether a text is 千牛 copied text: its first non-blank line is a `name datetime` line. */
export function isQianniuText(text: string): boolean {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  return (
    first !== undefined && HEADER_LINE.test(first.trim()) && !first.includes(',') && !first.includes('\t')
  );
}

export function readQianniuText(text: string): InputTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: InputRow[] = [];
  let current: { line: number; name: string; time: string; body: string[] } | null = null;
  const flush = () => {
    if (current === null) return;
    const body = current.body.join('\n').replace(/^\n+|\n+$/g, '');
    rows.push({ line: current.line, cells: [current.time, current.name, body] });
  };
  lines.forEach((raw, i) => {
    const header = HEADER_LINE.exec(raw.trim());
    if (header) {
      flush();
      current = { line: i + 1, name: header[1]!.trim(), time: header[2]!.replace(/[/.]/g, '-'), body: [] };
    } else if (current !== null) current.body.push(raw.trimEnd());
  });
  flush();
  return { header: [...QIANNIU_HEADER], headerLine: 1, rows, unreadable: [] };
}
