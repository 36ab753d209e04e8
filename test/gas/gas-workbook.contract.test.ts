import { GasWorkbook } from '../../src/gas/gas-workbook';
import { describeWorkbookContract } from '../contract/workbook-contract';
import { createGasFakes } from '../fakes/gas-services';

describeWorkbookContract('GasWorkbook over the SpreadsheetApp fake', async () => {
  const fakes = createGasFakes();
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  return { wb, reload: async () => wb };
});
