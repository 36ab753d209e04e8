import { describe, expect, it } from 'vitest';
import { chatBatches } from '../../../src/core/ingest/chat-batches';
import { inputTable } from '../../../src/core/ingest/input-table';

const HEADER = ['时间', '买家', '客服', '发送方', '内容'];

describe('chatBatches', () => {
  it('never cuts a buyer’s day across two batches, and loses no row', () => {
    const rows = [
      ['2026-11-03 09:00:00', 'A', '', '买家', 'q1'],
      ['2026-11-03 09:00:10', 'B', '', '买家', 'q2'],
      ['2026-11-03 09:01:00', 'A', '小美', '客服', 'a1'],
      ['2026-11-04 09:00:00', 'A', '', '买家', 'q3'],
      ['2026-11-03 09:02:00', 'B', '小美', '客服', 'a2'],
      ['bad time', 'C', '', '买家', 'q4'],
    ];
    const batches = chatBatches(inputTable(HEADER, rows), 2);
    const lines = batches.map((b) => b.map((r) => r.line));
    // A 11-03 (lines 2, 4) · B 11-03 (3, 6) · A 11-04 (5) · C's unreadable line (7) alone.
    expect(lines).toEqual([
      [2, 4],
      [3, 6],
      [5, 7],
    ]);
    expect(lines.flat().sort()).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps a buyer-day longer than a batch whole, and gives one empty batch for no rows', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`2026-11-03 09:0${i}:00`, 'A', '', '买家', `q${i}`]);
    expect(chatBatches(inputTable(HEADER, rows), 2).map((b) => b.length)).toEqual([5]);
    expect(chatBatches(inputTable(HEADER, []), 2)).toEqual([[]]);
  });
});
