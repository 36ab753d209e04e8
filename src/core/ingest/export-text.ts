/** Text of an export → rows, the same in the CLI and in the browser: 千牛 copied text, else delimited text. */
import { parseDelimitedText } from './delimited-text';
import type { InputTable } from './input-table';
import { isQianniuText, readQianniuText } from './qianniu-text';

export function readExportText(text: string): InputTable {
  return isQianniuText(text) ? readQianniuText(text) : parseDelimitedText(text);
}
