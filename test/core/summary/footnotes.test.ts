/**
 * The footnotes under 本期要点 follow the findings' numbers: the note for findings 1 and 2 comes
 * before the note for finding 3, whichever tests they are.
 */
import { describe, expect, it } from 'vitest';
import { LayoutContext } from '../../../src/core/summary/layout-context';
import { layoutFindings } from '../../../src/core/summary/layout-findings';
import type { Finding, SummaryModel } from '../../../src/core/summary/summary-model';

const finding = (table: Finding['table'], method: Finding['method'], p: number, text: string): Finding => ({
  table,
  category: '',
  from: null,
  to: null,
  label: 'significant-up',
  p,
  text,
  method,
  salesEffect: null,
});

describe('footnotes of the findings', () => {
  it('come in the order of the findings they name (the demo W48: sales, sales, a rate, ads)', () => {
    const ctx = new LayoutContext('zh');
    const findings = [
      finding('storeSales', 'sign-flip-sampled', 0.0002, '全店销售额 10,435 → 55,410（+431%），显著上升'),
      finding('sales', 'sign-flip-sampled', 0.0002, '询单销售额 8,140 → 44,824（+451%），显著上升'),
      finding('repeatRate', 'z', 0.002, '老客复购率 10% → 33%（+22.7 个百分点），显著上升'),
      finding('adRoi', 'sign-flip-sampled', 0.003, '推广 ROI 3.48 → 2.16，显著下降'),
    ];
    layoutFindings(ctx, { findings } as unknown as SummaryModel);
    const notes = ctx.tab
      .build(1, [], 0)
      .values.map((r) => String(r[0]))
      .filter((l) => l.startsWith('注 '));
    expect(notes.map((l) => l.slice(0, 4))).toEqual(['注 1（', '注 3（', '注 4（']);
  });
});
