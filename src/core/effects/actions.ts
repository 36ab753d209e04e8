/** The Actions sheet (改进行动): what the team changed, when, aimed at which share. */
import type { WorkbookPort } from '../../ports';
import type { LoadedTable } from '../sheets/rows';
import { readRows } from '../sheets/rows';
import type { Lang } from '../sheets/template';

export const ACTION_KINDS = ['script', 'gift', 'packaging', 'courier', 'listing', 'price', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface Action {
  /** 1-based sheet row, for messages. */
  row: number;
  date: string;
  /** As typed: a taxonomy category, `kind:category`, or `conversion`. */
  target: string;
  action: string;
  kind: ActionKind | null;
  owner: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function readActions(wb: WorkbookPort, options: { lang?: Lang } = {}): LoadedTable<Action> {
  const table = readRows(wb, 'actions', options);
  const records = table.records.map(
    (v): Action => ({
      row: v.row as number,
      date: v.date as string,
      target: text(v.target),
      action: text(v.action),
      kind: (v.kind as ActionKind | undefined) ?? null,
      owner: text(v.owner),
    }),
  );
  return { ...table, records };
}
