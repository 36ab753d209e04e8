/**
 * The engine reads a folder's cells as they are typed by people: white space around values, enum
 * labels in either case, thousands commas — and leaves out, counting them, the rows a workbook
 * reader refuses (no date, agent or customer, an unknown enum, pre-sale without 是否成交, a
 * negative or unreadable number), one row per reason.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { folderSummaries } from '../../../src/cli/engine/folder-summary';
import { INQUIRY_KEYS, type InquiryKey, REVIEW_KEYS } from '../../../src/cli/engine/summary-sql';
import { columnLabel } from '../../../src/core/sheets/template';
import { parsePeriod } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';

type Cells = Partial<Record<InquiryKey, string>>;

const base: Cells = {
  date: '2026-11-16',
  agent: '小美',
  customerId: 'b1',
  customerType: '新客',
  channel: '旺旺',
  stage: '售前',
  question: '能便宜点吗',
  converted: '是',
  amount: '100',
  product: '四件套',
  region: '浙江',
  firstResponseSeconds: '30',
};

const VALID: Cells[] = [
  base,
  // The same values as people type them: spaces of every kind around, English labels in capitals.
  {
    ...base,
    date: ' 2026-11-17 ',
    customerId: ' b2\t',
    customerType: '\u3000新客 ',
    channel: 'WeChat',
    stage: ' PRE-SALE',
    converted: ' Yes',
    amount: ' 1,234.5 ',
    firstResponseSeconds: '\t12\u00a0',
  },
  // Optional cells blank, or only white space.
  {
    ...base,
    date: '2026/11/18 10:30',
    customerId: 'b3',
    customerType: '  ',
    channel: '',
    amount: '',
    firstResponseSeconds: '\u3000',
  },
  // After-sale without 是否成交.
  { ...base, customerId: 'b4', stage: '售后', converted: '', amount: '' },
];

const REFUSED: Cells[] = [
  { ...base, agent: ' \u3000' },
  { ...base, customerId: ' ' },
  { ...base, customerType: '路人' },
  { ...base, channel: 'fax' },
  { ...base, stage: '中途' },
  { ...base, converted: 'maybe' },
  { ...base, converted: '  ' },
  { ...base, amount: '-5' },
  { ...base, amount: 'abc' },
  { ...base, firstResponseSeconds: '-1' },
  { ...base, firstResponseSeconds: '1x' },
];

describe('summary --from <folder>: cells as typed, refused rows counted', () => {
  it('reads padded and capitalised cells and leaves out one row per reason', async () => {
    const folder = tempDir('spiral-engine-refused');
    const rows = [...VALID, ...REFUSED, { ...base, date: '明天' }];
    writeFileSync(
      join(folder, 'inquiries.csv'),
      stringify([
        INQUIRY_KEYS.map((k) => columnLabel('inquiries', k, 'zh')),
        ...rows.map((r) => INQUIRY_KEYS.map((k) => r[k] ?? '')),
      ]),
    );
    writeFileSync(
      join(folder, 'reviews.csv'),
      stringify([REVIEW_KEYS.map((k) => columnLabel('reviews', k, 'zh'))]),
    );
    const { models, rows: read, notes } = await folderSummaries(folder, [parsePeriod('2026-W47')], 'zh');
    const week = models[0]!;
    expect(read.inquiries).toBe(rows.length);
    expect(week.inquiries.total).toBe(3);
    expect(week.inquiries.converted).toBe(3);
    expect(week.inquiries.afterSaleTotal).toBe(1);
    expect(week.inquiries.sales).toBe(100 + 1234.5 + 0);
    expect(week.excludedRows).toBe(REFUSED.length);
    expect(week.undatedExcludedRows).toBe(1);
    expect(notes.join('\n')).toContain(`${REFUSED.length} 行无法读取`);
  });
});
