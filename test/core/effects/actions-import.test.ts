import { describe, expect, it } from 'vitest';
import { readActions } from '../../../src/core/effects/actions';
import { importRows } from '../../../src/core/ingest/import-rows';
import { installTemplates } from '../../../src/core/setup/install';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

describe('spiral import --sheet actions', () => {
  it('appends actions by the contract keys, kinds in either language, and rejects a row without a date', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    const result = importRows(
      wb,
      'actions',
      ['date', 'target', 'action', 'kind', 'owner'],
      [
        ['2026-11-18', '赠品不满意', '换赠品', 'gift', '小美'],
        ['2026/11/19', 'conversion', '改话术', '话术', ''],
        ['', '快递', '改发顺丰', 'courier', ''],
      ],
    );
    expect(result.appended).toBe(2);
    expect(result.rejected.map((r) => r.line)).toEqual([4]);
    expect(wb.read('改进行动')[1]!.slice(1)).toEqual(['赠品不满意', '换赠品', '赠品', '小美']);
    const actions = readActions(wb).records;
    expect(actions.map((a) => [a.date, a.kind])).toEqual([
      ['2026-11-18', 'gift'],
      ['2026-11-19', 'script'],
    ]);
  });
});
