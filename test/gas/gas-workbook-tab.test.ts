import { describe, expect, it } from 'vitest';
import { draftTabName, GasWorkbook } from '../../src/gas/gas-workbook';
import type { TabContent } from '../../src/ports';
import { createGasFakes } from '../fakes/gas-services';

function setup() {
  const fakes = createGasFakes();
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  return { fakes, wb, ss: fakes.spreadsheet };
}

const tab = (title: string): TabContent => ({
  values: [
    [title, '本周'],
    ['询单', 12],
  ],
  styles: [{ row: 1, col: 1, rows: 1, cols: 2, bold: true }],
  frozenRows: 1,
});

/** Makes the next setValues on a sheet whose name contains `part` fail, as a quota error would. */
function failWritesTo(fakes: ReturnType<typeof setup>['fakes'], part: string): void {
  fakes.env.fault = (method, sheet) => {
    if (method === 'setValues' && sheet?.includes(part)) {
      fakes.env.fault = null;
      throw new Error('Service Spreadsheets failed while accessing document (injected).');
    }
  };
}

describe('GasWorkbook.writeTab is all or nothing', () => {
  it('builds a new tab under a draft name and names it only when complete', () => {
    const { fakes, wb, ss } = setup();
    const names: string[] = [];
    fakes.env.fault = (method) => {
      if (method === 'setValues') names.push(...ss.names());
    };
    wb.writeTab('周报 2026-W47', tab('周报 2026-W47'));
    expect(names).toContain(draftTabName('周报 2026-W47'));
    expect(names).not.toContain('周报 2026-W47');
    expect(ss.names()).toEqual(['Sheet1', '周报 2026-W47']);
    expect(ss.sheet('周报 2026-W47').snapshot()).toEqual([
      ['周报 2026-W47', '本周'],
      ['询单', 12],
    ]);
  });

  it('leaves no tab at all when writing a new one fails mid-way', () => {
    const { fakes, wb, ss } = setup();
    failWritesTo(fakes, '周报');
    expect(() => wb.writeTab('周报 2026-W47', tab('周报 2026-W47'))).toThrow(/injected/);
    expect(ss.names()).toEqual(['Sheet1']);
    wb.writeTab('周报 2026-W47', tab('周报 2026-W47'));
    expect(ss.names()).toEqual(['Sheet1', '周报 2026-W47']);
  });

  it('removes a draft left by a run that could not clean up', () => {
    const { wb, ss } = setup();
    wb.addSheet(draftTabName('月报 2026-10'));
    wb.writeTab('月报 2026-10', tab('月报 2026-10'));
    expect(ss.names()).toEqual(['Sheet1', '月报 2026-10']);
  });

  it('rewrites an existing tab in place, and refuses bad content before touching it', () => {
    const { wb, ss } = setup();
    wb.writeTab('周报 2026-W47', tab('old'));
    const id = ss.sheet('周报 2026-W47').getSheetId();
    expect(() => wb.writeTab('周报 2026-W47', { values: [['new', Number.NaN]], styles: [] })).toThrow(/NaN/);
    expect(ss.sheet('周报 2026-W47').snapshot()[0]).toEqual(['old', '本周']);
    wb.writeTab('周报 2026-W47', tab('new'));
    expect(ss.sheet('周报 2026-W47').getSheetId()).toBe(id);
    expect(ss.sheet('周报 2026-W47').snapshot()[0]).toEqual(['new', '本周']);
  });
});

describe('GasWorkbook.writeTab row groups', () => {
  /** A tab of `parts` parts of `rows` rows each: a title row, then the part's rows, folded unless open. */
  const parts = (count: number, rows: number, open: number[]): TabContent => {
    const values = [['title']];
    const rowGroups = [];
    for (let p = 0; p < count; p++) {
      values.push([`part ${p}`]);
      rowGroups.push({ first: values.length + 1, last: values.length + rows, collapsed: !open.includes(p) });
      for (let r = 0; r < rows; r++) values.push([`row ${r}`]);
    }
    return { values, styles: [], rowGroups };
  };
  const GROUP_CALLS = [
    'shiftRowGroupDepth',
    'collapseAllRowGroups',
    'setRowGroupControlPosition',
    'showRows',
  ];

  function rewriteCalls(content: TabContent) {
    const { fakes, wb } = setup();
    wb.writeTab('Tab', content);
    fakes.resetCalls();
    wb.writeTab('Tab', content);
    return Object.fromEntries(GROUP_CALLS.map((m) => [m, fakes.calls[m] ?? 0]));
  }

  it('costs one grouping call per part and one to fold, whatever the rows, on a rewrite too', () => {
    const few = rewriteCalls(parts(4, 3, [1]));
    expect(rewriteCalls(parts(4, 300, [1]))).toEqual(few);
    // The old groups: one shift and one showRows; then one shift per part, one fold, one control position.
    expect(few).toEqual({
      shiftRowGroupDepth: 1 + 4,
      collapseAllRowGroups: 1,
      setRowGroupControlPosition: 1,
      showRows: 1,
    });
    expect(rewriteCalls(parts(12, 3, [0, 5])).shiftRowGroupDepth).toBe(1 + 12);
    expect(rewriteCalls(parts(3, 3, [0, 1, 2])).collapseAllRowGroups).toBe(0);
  });

  it('shows the open parts and hides the folded ones, the +/- on each title row', () => {
    const { fakes, wb } = setup();
    wb.writeTab('Tab', parts(3, 2, [1]));
    const rows = fakes.spreadsheet.sheet('Tab').rowGroups;
    expect(rows.control).toBe('BEFORE');
    expect(rows.groups().map(({ first, last, collapsed }) => [first, last, collapsed])).toEqual([
      [3, 4, true],
      [6, 7, false],
      [9, 10, true],
    ]);
    expect([...rows.hidden].sort((a, b) => a - b)).toEqual([3, 4, 9, 10]);
  });
});
