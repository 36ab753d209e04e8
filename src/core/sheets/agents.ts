/**
 * The Agents sheet (客服名单): sub-accounts as chats and logs name them (`某某家居旗舰店:小美`) and
 * the person the Scorecard scores. One function decides who an account is, for every caller.
 */
import type { WorkbookPort } from '../../ports';
import type { Role } from './records';
import { type LoadedTable, type ReadOptions, readRows } from './rows';
import { normalizeLabel } from './template';

export interface Agent {
  row: number;
  account: string;
  name: string;
  role: Role | null;
  /** Null when blank (taken as active). */
  active: boolean | null;
}

export function readAgents(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Agent> {
  const table = readRows(wb, 'agents', options);
  const records = table.records.map(
    (v): Agent => ({
      row: v.row as number,
      account: String(v.account ?? '').trim(),
      name: String(v.name ?? '').trim(),
      role: (v.role as Role | null) ?? null,
      active: typeof v.active === 'boolean' ? v.active : null,
    }),
  );
  return { ...table, records };
}

/** Who an account is, and whether a chat name is the shop's side. */
export interface AgentDirectory {
  /** The person an account names: the Agents sheet's 姓名, else the part after `店铺:`, else as written. */
  nameOf(account: string): string;
  /** A sub-account (`店铺:名`) or an account or name the Agents sheet lists. */
  isAgent(name: string): boolean;
  /** Whether the Agents sheet itself lists this account (not the default rule). */
  listed(account: string): boolean;
}

const SUB_ACCOUNT = /[:：]/;

export function agentDirectory(agents: readonly Agent[]): AgentDirectory {
  const byAccount = new Map<string, string>();
  const names = new Set<string>();
  for (const a of agents) {
    if (a.account !== '' && a.name !== '') byAccount.set(normalizeLabel(a.account), a.name);
    if (a.name !== '') names.add(normalizeLabel(a.name));
  }
  return {
    nameOf(account) {
      const text = account.trim();
      const listed = byAccount.get(normalizeLabel(text));
      if (listed !== undefined) return listed;
      const parts = text.split(SUB_ACCOUNT);
      return parts.length > 1 ? parts[parts.length - 1]!.trim() || text : text;
    },
    isAgent(name) {
      const key = normalizeLabel(name);
      return SUB_ACCOUNT.test(name) || byAccount.has(key) || names.has(key);
    },
    listed: (account) => byAccount.has(normalizeLabel(account.trim())),
  };
}

/** The directory of a workbook's Agents sheet (the default rule alone when there is none). */
export function readAgentDirectory(wb: WorkbookPort, options: ReadOptions = {}): AgentDirectory {
  return agentDirectory(readAgents(wb, options).records);
}
