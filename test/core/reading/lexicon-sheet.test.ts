/**
 * The 词库 / Lexicon sheet (issue 20): the team's words over rules/lexicon.json, read on every run
 * by "Classify new rows" and the panel's rule tester. A row adds a word, overrides a shipped one,
 * or with 停用 takes one out; a bad row is one sentence naming sheet, row and column, and the rest
 * applies.
 */
import { describe, expect, it } from 'vitest';
import { classifyNewRows } from '../../../src/core/classify/classify-new-rows';
import { say } from '../../../src/core/messages/catalogue';
import { readSettings } from '../../../src/core/settings/settings';
import { installTemplates } from '../../../src/core/setup/install';
import { testRule } from '../../../src/core/sidebar/rule-test';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const REVIEWS = ['绝绝子', '还行吧', '一般', '贼好看'];

function book(lexicon: Cell[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  const header = wb.read('评价记录')[0]!;
  const rows = REVIEWS.map((text) => {
    const row: Cell[] = header.map(() => '');
    row[header.indexOf('日期')] = '2026-11-17';
    row[header.indexOf('店铺')] = '本店';
    row[header.indexOf('评价内容')] = text;
    return row;
  });
  wb.write('评价记录', 2, 1, rows);
  const lexiconHeader = wb.read('词库')[0]!;
  expect(lexiconHeader.slice(0, 4)).toEqual(['词类', '词', '强度', '停用']);
  if (lexicon.length > 0) wb.write('词库', 2, 1, lexicon);
  return wb;
}

const overalls = (wb: MemoryWorkbook) => {
  const [header, ...body] = wb.read('评价记录');
  return body.map((r) => String(r[header!.indexOf('整体倾向')]).split('：')[0]);
};

describe('the Lexicon sheet', () => {
  it('is installed empty, and the shipped lexicon reads as before', () => {
    const wb = book([]);
    classifyNewRows(wb, readSettings(wb).settings);
    expect(overalls(wb)).toEqual(['中性', '正面', '负面', '正面']);
  });

  it('adds, overrides and takes out words; a bad row is a sentence and the rest applies', () => {
    const wb = book([
      ['正面词', '绝绝子', '强', '', ''],
      ['负面词', '还行', '', '', '这家的“还行”是客气话'],
      ['负面词', '一般', '', '是', ''],
      ['程度词', '贼', '很多', '', ''],
      ['正面词', '好看', '普通', '', ''],
    ]);
    const report = classifyNewRows(wb, readSettings(wb).settings);
    expect(overalls(wb)).toEqual(['正面', '负面', '中性', '正面']);
    expect(report.problems.filter((p) => p.sheet === '词库')).toEqual([
      {
        sheet: '词库',
        row: 5,
        column: '强度',
        value: '很多',
        reason: say('zh', 'lexicon.badFactor', { word: '贼', value: '很多' }),
        severity: 'error',
      },
    ]);
  });

  it('is what the panel’s rule tester reads with', () => {
    const wb = book([['正面词', '绝绝子', '强', '', '']]);
    expect(testRule(wb, 'review', '绝绝子', 'zh').overall?.split('：')[0]).toBe('正面');
    expect(testRule(book([]), 'review', '绝绝子', 'zh').overall?.split('：')[0]).toBe('中性');
  });
});
