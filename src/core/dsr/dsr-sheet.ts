/** The DSR sheet (店铺评分) read as typed rows: one reading of the three scores per date. */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';

export type DsrScore = 'description' | 'service' | 'logistics';
export const DSR_SCORES: readonly DsrScore[] = ['description', 'service', 'logistics'];

export interface DsrRow {
  /** 1-based sheet row. */
  row: number;
  date: string;
  scores: Record<DsrScore, number>;
  /** The industry average of each score, null where the platform showed none. */
  industry: Record<DsrScore, number | null>;
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function readDsr(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<DsrRow> {
  const table = readRows(wb, 'dsr', options);
  const records = table.records.map(
    (v): DsrRow => ({
      row: v.row as number,
      date: v.date as string,
      scores: {
        description: v.description as number,
        service: v.service as number,
        logistics: v.logistics as number,
      },
      industry: {
        description: num(v.industryDescription),
        service: num(v.industryService),
        logistics: num(v.industryLogistics),
      },
    }),
  );
  return { ...table, records };
}
