import { GasWorkbook } from '../../src/gas/gas-workbook';
import { describeKeptCellsContract, SHOWN } from '../contract/kept-cells-contract';
import { describeWorkbookContract } from '../contract/workbook-contract';
import { createGasFakes } from '../fakes/gas-services';

describeWorkbookContract('GasWorkbook over the SpreadsheetApp fake', async () => {
  const fakes = createGasFakes();
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  return {
    wb,
    reload: async () => wb,
    outline: async (_book, name) => {
      const rows = fakes.spreadsheet.sheet(name).rowGroups;
      return {
        groups: rows.groups(),
        hidden: [...rows.hidden].sort((a, b) => a - b),
        controlAbove: rows.control === 'BEFORE',
      };
    },
  };
});

describeKeptCellsContract('GasWorkbook over the SpreadsheetApp fake', async () => {
  const fakes = createGasFakes();
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  const sheet = (name: string) => fakes.spreadsheet.sheet(name);
  return {
    wb,
    reload: async () => wb,
    plant(name, row, col, kind) {
      const s = sheet(name);
      if (kind === 'formula') s.putFormula(row, col, '=Z1&"物流"', SHOWN.formula);
      else if (kind === 'hyperlink')
        s.putRichText(row, col, [{ text: '快递问题', link: 'https://example.com/kd' }]);
      else if (kind === 'richText')
        s.putRichText(row, col, [{ text: '尺码 ', bold: true }, { text: '偏小' }]);
      else s.putError(row, col, SHOWN.error as string);
    },
    kindAt(name, row, col) {
      const s = sheet(name);
      if (s.formulaAt(row, col) !== '') return 'formula';
      const rich = s.richTextAt(row, col);
      if (rich?.getLinkUrl()) return 'hyperlink';
      if (rich) return 'richText';
      return s.snapshot()[row - 1]?.[col - 1] === SHOWN.error ? 'error' : null;
    },
  };
});
