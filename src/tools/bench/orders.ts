/**
 * Benchmark: importing 100,000 order rows and 300,000 chat messages and matching them, on the
 * in-memory workbook (time, peak memory), and the SpreadsheetApp calls of the same import and
 * match through GasWorkbook over the in-memory SpreadsheetApp at growing sizes (they must not grow
 * with rows: matching reads each sheet once and writes each changed column once).
 */
import { createGasFakes } from '../../../test/fakes/gas-services';
import { MemoryWorkbook } from '../../../test/fakes/memory-workbook';
import { CHAT_EXPORT_HEADER, ORDER_EXPORT_HEADER } from '../../cli/demo/exports';
import { importChats, importRecords, inputTable } from '../../core/ingest';
import { matchOrders } from '../../core/matching';
import { readSettings } from '../../core/settings';
import { installTemplates } from '../../core/setup';
import { addDays } from '../../core/time';
import { GasWorkbook } from '../../gas/gas-workbook';
import type { WorkbookPort } from '../../ports';
import { shown, timing } from './measure';

const AGENTS = ['小美', '阿杰', '婷婷', '晓晓'];
const PROVINCES = ['浙江省 杭州市', '广东省 广州市', '江苏省 南京市', '北京 北京市', '四川省 成都市'];
const pad = (n: number) => String(n).padStart(2, '0');
const at = (day: string, s: number) =>
  `${day} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;

/** A deterministic shop: chat buyers ask (five messages a conversation), a third pay; the rest of the orders are silent. */
export function benchExports(orders: number, messages: number): { orders: string[][]; chats: string[][] } {
  const chats: string[][] = [CHAT_EXPORT_HEADER];
  const orderRows: string[][] = [ORDER_EXPORT_HEADER];
  const conversations = Math.floor(messages / 5);
  const start = '2026-11-01';
  let n = 0;
  const order = (buyer: string, day: string, second: number) => {
    n++;
    orderRows.push([
      String(3_100_000_000_000 + n),
      buyer,
      (39 + (n % 20) * 10).toFixed(2),
      n % 25 === 0 ? '交易关闭' : '交易成功',
      at(day, second - 60),
      at(day, second),
      PROVINCES[n % PROVINCES.length]!,
      `商品${n % 300}`,
      '1',
      n % 25 === 0 ? (39 + (n % 20) * 10).toFixed(2) : '',
    ]);
  };
  for (let c = 0; c < conversations; c++) {
    const day = addDays(start, c % 28);
    const buyer = `buyer${c}`;
    const t = 8 * 3600 + ((c * 7919) % (13 * 3600));
    const agent = AGENTS[c % AGENTS.length]!;
    chats.push([at(day, t), buyer, '', '买家', '在吗，这个有现货吗']);
    chats.push([at(day, t + 5), buyer, '', '买家', '什么时候发货']);
    chats.push([at(day, t + 20 + (c % 90)), buyer, agent, '客服', '亲，有现货的，今天发']);
    chats.push([at(day, t + 200), buyer, '', '买家', '能便宜点吗']);
    chats.push([at(day, t + 260), buyer, agent, '客服', '可以领券']);
    if (c % 3 === 0 && n < orders) order(buyer, addDays(day, c % 2), Math.min(86_000, t + 3600));
  }
  for (let s = 0; n < orders; s++) order(`silent${s}`, addDays(start, s % 28), 9 * 3600 + (s % 40_000));
  return { orders: orderRows, chats };
}

function importAndMatch(wb: WorkbookPort, data: { orders: string[][]; chats: string[][] }) {
  installTemplates(wb);
  const [oh, ...orows] = data.orders;
  const [ch, ...crows] = data.chats;
  const t0 = performance.now();
  const orders = importRecords(wb, 'orders', inputTable(oh!, orows));
  const t1 = performance.now();
  const chats = importChats(wb, inputTable(ch!, crows));
  const t2 = performance.now();
  const match = matchOrders(wb, { now: '2026-12-10 06:00:00', settings: readSettings(wb).settings });
  const t3 = performance.now();
  return { orders, chats, match, ms: { orders: t1 - t0, chats: t2 - t1, match: t3 - t2 } };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export async function benchOrders(): Promise<void> {
  const data = benchExports(100_000, 300_000);
  const runs: ReturnType<typeof importAndMatch>[] = [];
  for (let i = 0; i < 3; i++)
    runs.push(importAndMatch(new MemoryWorkbook({ timeZone: 'Asia/Shanghai' }), data));
  const run = runs[runs.length - 1]!;
  const of = (key: 'orders' | 'chats' | 'match') => shown(timing(runs.map((r) => r.ms[key])));
  const cells = Object.values(run.match.filled).reduce((a, b) => a + b, 0);
  console.log(
    'Orders and chats — 100,000 order rows and 300,000 chat messages, MemoryWorkbook (median of 3 runs)',
  );
  console.log(`  import orders ${of('orders')} (${run.orders.new} new)`);
  console.log(`  import chats  ${of('chats')} (${run.chats.messages} messages → ${run.chats.new} inquiries)`);
  console.log(
    `  match         ${of('match')} (${run.match.paidOrders} paid orders, ${run.match.converted} inquiries converted, ${cells} cells filled)`,
  );
  console.log(
    `  peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} (reference: Apps Script's 6-minute run; no target given for memory)`,
  );
  console.log(
    'SpreadsheetApp calls and cells moved of the same import and match through GasWorkbook over the in-memory SpreadsheetApp',
  );
  for (const orders of [1_000, 10_000, 30_000]) {
    const fakes = createGasFakes({ container: 'active', timeZone: 'Asia/Shanghai' });
    const gas = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
    installTemplates(gas);
    const sized = benchExports(orders, orders * 3);
    const [oh, ...orows] = sized.orders;
    const [ch, ...crows] = sized.chats;
    fakes.resetCalls();
    importRecords(gas, 'orders', inputTable(oh!, orows));
    importChats(gas, inputTable(ch!, crows));
    const importCalls = { ...fakes.calls };
    const importCells = { ...fakes.env.cells };
    fakes.resetCalls();
    const match = matchOrders(gas, { now: '2026-12-10 06:00:00', settings: readSettings(gas).settings });
    const calls = fakes.calls;
    const moved = (c: { read: number; written: number }) =>
      `cells moved ${(c.read + c.written).toLocaleString('en-US')} (read ${c.read.toLocaleString('en-US')}, written ${c.written.toLocaleString('en-US')})`;
    console.log(
      `  ${orders.toLocaleString('en-US').padStart(6)} orders + ${(orders * 3).toLocaleString('en-US')} messages: import ${importCalls.total} calls (getValues ${importCalls.getValues ?? 0}, setValues ${importCalls.setValues ?? 0}), ${moved(importCells)}; match ${calls.total} calls (getValues ${calls.getValues ?? 0}, setValues ${calls.setValues ?? 0}), ${moved(fakes.env.cells)}, for ${Object.values(match.filled).reduce((a, b) => a + b, 0)} cells filled`,
    );
  }
}
