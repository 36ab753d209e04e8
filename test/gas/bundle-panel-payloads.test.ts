/**
 * Issue 21 item 10: the panel's server functions, called through the bundle with malformed
 * payloads (null, a field of the wrong kind or missing, a cell that is an object), answer one
 * catalogue sentence — never a TypeError — and never store "[object Object]" in a cell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T04:00:00Z';
const INQUIRIES = sheetName('inquiries', 'zh');

const batch = (cells: unknown[]) => ({
  sheet: 'inquiries',
  file: 'chats.csv',
  header: ['日期', '客服', '客户ID', '阶段', '咨询内容'],
  headerLine: 1,
  rows: [{ line: 2, cells }],
  unreadable: [],
  range: { from: 1, to: 1, of: 1 },
});

/** What the page would show: the message of the Error the call threw (or 'no error'). */
function shown(call: () => unknown): string {
  try {
    call();
    return 'no error';
  } catch (error) {
    expect((error as Error).name).not.toBe('TypeError');
    return (error as Error).message;
  }
}

describe('the panel server refuses malformed payloads with a sentence', () => {
  it('sidebarImport: null, a missing field, a field of the wrong kind', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    const call = (payload: unknown) => () =>
      b.execution('active', NOW).bundle.call('sidebarImport', payload, 'en');
    const malformed = (field: string) =>
      say('en', 'sidebar.payload.malformed', { call: 'sidebarImport', field });
    expect(shown(call(null))).toBe(malformed('—'));
    const { rows: _rows, ...noRows } = batch(['2026-11-02', '小美', 'b1', '售前', '问题']);
    expect(shown(call(noRows))).toBe(malformed('rows'));
    expect(shown(call({ ...batch([]), headerLine: 'one' }))).toBe(malformed('headerLine'));
    expect(shown(call({ ...batch([]), rows: 'all of them' }))).toBe(malformed('rows'));
  });

  it('sidebarImport: an object cell is refused naming its line and column, and nothing is written', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    const before = b.wb.read(INQUIRIES);
    const payload = batch(['2026-11-02', '小美', { id: 'b1' }, '售前', '问题']);
    expect(shown(() => b.execution('active', NOW).bundle.call('sidebarImport', payload, 'en'))).toBe(
      say('en', 'sidebar.payload.cell', { line: '2', column: 3 }),
    );
    expect(b.wb.read(INQUIRIES)).toEqual(before);
    expect(JSON.stringify(b.wb.read(INQUIRIES))).not.toContain('[object Object]');
  });

  it('sidebarSaveSettings: values that are not a record of texts', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    const call = (payload: unknown) => () =>
      b.execution('active', NOW).bundle.call('sidebarSaveSettings', payload, 'en');
    expect(shown(call(null))).toBe(
      say('en', 'sidebar.payload.malformed', { call: 'sidebarSaveSettings', field: '—' }),
    );
    expect(shown(call({ bonusPool: { amount: 1000 } }))).toBe(
      say('en', 'sidebar.payload.malformed', { call: 'sidebarSaveSettings', field: 'bonusPool' }),
    );
  });
});
