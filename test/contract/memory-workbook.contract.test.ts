import { MemoryWorkbook } from '../fakes/memory-workbook';
import { describeWorkbookContract } from './workbook-contract';

describeWorkbookContract('MemoryWorkbook', async () => {
  const wb = new MemoryWorkbook();
  return { wb, reload: async () => wb };
});
