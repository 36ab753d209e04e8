/**
 * Turns a tab's AreaStyles into one full grid per style property, so each property is set
 * with a single Range call however many areas (or rows) the layout styles.
 */
import type { Area, AreaStyle } from '../ports';

export type StyleSetter =
  | 'setNumberFormats'
  | 'setFontWeights'
  | 'setFontStyles'
  | 'setFontSizes'
  | 'setFontColors'
  | 'setBackgrounds'
  | 'setWraps'
  | 'setHorizontalAlignments';

export interface StyleGrid {
  setter: StyleSetter;
  area: Area;
  grid: unknown[][];
}

interface Property {
  setter: StyleSetter;
  /** The cell value an area gives, or undefined when the area does not set this property. */
  pick(style: AreaStyle): unknown;
  /** What a cell inside the grid but outside every area gets: Sheets' own default. */
  fallback: unknown;
}

// 'General' is Sheets' automatic format; null resets the other properties to the default.
const PROPERTIES: Property[] = [
  { setter: 'setNumberFormats', pick: (s) => s.numberFormat, fallback: 'General' },
  { setter: 'setFontWeights', pick: (s) => flag(s.bold, 'bold', 'normal'), fallback: null },
  { setter: 'setFontStyles', pick: (s) => flag(s.italic, 'italic', 'normal'), fallback: null },
  { setter: 'setFontSizes', pick: (s) => s.fontSize, fallback: 10 },
  { setter: 'setFontColors', pick: (s) => s.fontColor, fallback: null },
  { setter: 'setBackgrounds', pick: (s) => s.background, fallback: null },
  { setter: 'setWraps', pick: (s) => s.wrap, fallback: false },
  { setter: 'setHorizontalAlignments', pick: (s) => s.align, fallback: null },
];

function flag(value: boolean | undefined, on: string, off: string): string | undefined {
  return value === undefined ? undefined : value ? on : off;
}

/** One grid per property some style sets, spanning the union of those styles; later styles win. */
export function styleGrids(styles: readonly AreaStyle[]): StyleGrid[] {
  const out: StyleGrid[] = [];
  for (const property of PROPERTIES) {
    const areas = styles.filter((s) => s.rows > 0 && s.cols > 0 && property.pick(s) !== undefined);
    if (areas.length === 0) continue;
    const area = union(areas);
    const grid = Array.from({ length: area.rows }, () =>
      new Array<unknown>(area.cols).fill(property.fallback),
    );
    for (const style of areas) {
      const value = property.pick(style);
      for (let r = style.row; r < style.row + style.rows; r++) {
        const line = grid[r - area.row]!;
        for (let c = style.col; c < style.col + style.cols; c++) line[c - area.col] = value;
      }
    }
    out.push({ setter: property.setter, area, grid });
  }
  return out;
}

export function union(areas: readonly Area[]): Area {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const a of areas) {
    top = Math.min(top, a.row);
    left = Math.min(left, a.col);
    bottom = Math.max(bottom, a.row + a.rows - 1);
    right = Math.max(right, a.col + a.cols - 1);
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
