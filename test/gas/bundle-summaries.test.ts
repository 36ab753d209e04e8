import { beforeAll, describe, expect, it } from 'vitest';
import type { Inquiry } from '../../src/core/sheets/records';
import { sheetName } from '../../src/core/sheets/template';
import { summaryTabName } from '../../src/core/summary/tab-name';
import { lastClosedMonth, lastClosedWeek } from '../../src/core/time/periods';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import { build } from '../../src/tools/build';
import { createGasFakes } from '../fakes/gas-services';
import { inquirySheet } from '../fixtures/summary/workbook';
import { loadBundle } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

const inquiry = (date: string, converted: boolean, amount: number | null): Inquiry => ({
  row: 0,
  date,
  agent: '小美',
  customerId: `buyer-${date}`,
  customerType: 'new',
  channel: 'chat',
  stage: 'pre-sale',
  question: '有优惠吗',
  questionCategory: '价格优惠',
  converted,
  transactionType: converted ? 'retail' : null,
  amount,
  product: '四件套',
  region: '浙江',
  noDealReason: converted ? '' : '价格太高',
  followUp: '',
  firstResponseSeconds: 45,
  note: '',
});

/** A set-up workbook in the fake with three inquiries in 2026-W47. */
async function workbookWithInquiries() {
  const fakes = createGasFakes();
  const bundle = loadBundle(fakes);
  await bundle.call('setUpSheets');
  const rows = inquirySheet(
    [inquiry('2026-11-16', true, 199), inquiry('2026-11-17', false, null), inquiry('2026-11-20', true, 99)],
    'zh',
  ).slice(1);
  new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp).write(sheetName('inquiries', 'zh'), 2, 1, rows);
  fakes.ui.alerts.length = 0;
  return { fakes, bundle };
}

describe('summary handlers in the built bundle', () => {
  it('summaryFor writes the asked period tab and says what it holds', async () => {
    const { fakes, bundle } = await workbookWithInquiries();
    fakes.ui.promptResponses.push({ button: 'OK', text: ' 2026-w47 ' });
    await bundle.call('summaryFor');
    const values = fakes.spreadsheet.sheet('周报 2026-W47').snapshot();
    const row = (label: string) => values.find((line) => line[0] === label)?.slice(1, 3);
    expect(values[0]?.[0]).toBe('周报 2026-W47 · 2026-11-16 至 2026-11-22');
    expect(row('售前询单')).toEqual([3, 0]);
    expect(row('成交')).toEqual([2, 0]);
    expect(row('询单销售额')).toEqual([298, 0]);
    expect(fakes.ui.alerts).toEqual([
      { title: 'Spiral', prompt: '已生成「周报 2026-W47」：3 条询单（2026-11-16 至 2026-11-22）。' },
    ]);
    expect(fakes.locks.document.holder).toBeNull();
  });

  it('summaryFor explains a period it cannot read and changes nothing', async () => {
    const { fakes, bundle } = await workbookWithInquiries();
    const names = fakes.spreadsheet.names();
    fakes.ui.promptResponses.push({ button: 'OK', text: '2026-W60' });
    await bundle.call('summaryFor');
    expect(fakes.ui.alerts[0]?.prompt).toMatch(/^"2026-W60"：该年没有这一周。/);
    fakes.ui.promptResponses.push({ button: 'CANCEL', text: '2026-W47' });
    await bundle.call('summaryFor');
    expect(fakes.ui.alerts).toHaveLength(1);
    expect(fakes.spreadsheet.names()).toEqual(names);
  });

  it('last week and last month write the closed periods before today, in the spreadsheet zone', async () => {
    const { fakes, bundle } = await workbookWithInquiries();
    await bundle.call('lastWeekSummary');
    await bundle.call('lastMonthSummary');
    const now = new Date();
    const names = fakes.spreadsheet.names();
    expect(names).toContain(summaryTabName(lastClosedWeek(now, 'Asia/Shanghai'), 'zh'));
    expect(names).toContain(summaryTabName(lastClosedMonth(now, 'Asia/Shanghai'), 'zh'));
    expect(fakes.ui.alerts).toHaveLength(2);
  });
});
