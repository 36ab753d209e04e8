/**
 * Text as the platforms' exports protect it from Excel: an order number written `="1234…"` (a
 * formula giving the text, so Excel keeps every digit) or `'1234…` (the spreadsheet's text mark).
 * Both are unwrapped on import, CSV and .xlsx alike, so the same order from any export is one key.
 */
import type { Cell } from '../../ports';

const FORMULA_TEXT = /^\s*="((?:[^"]|"")*)"\s*$/;

/** The text a cell shows: `="…"` unwrapped (doubled quotes undone), a leading `'` and any U+FEFF removed; other cells as they are. */
export function exportedCell(cell: Cell): Cell {
  if (typeof cell !== 'string' || cell === '') return cell;
  // A byte-order mark inside a cell (a file pasted into another) is never text: \ufeff小美 is 小美.
  if (cell.includes('\ufeff')) return exportedCell(cell.replaceAll('\ufeff', ''));
  const first = cell.charCodeAt(0);
  // Only a cell starting with = (or space) or ' can be wrapped: the usual cell is returned at once.
  if (first === 0x27) return cell.slice(1);
  if (first !== 0x3d && first !== 0x20) return cell;
  const match = FORMULA_TEXT.exec(cell);
  return match ? match[1]!.replace(/""/g, '"') : cell;
}
