import { describe, expect, it } from 'vitest';
import { IMPORTABLE } from '../../../src/core/ingest/import-rows';
import { importSheetOf } from '../../../src/core/ingest/import-sheet';
import { TEMPLATES } from '../../../src/core/sheets/template';

describe('an import target named by a person', () => {
  it.each(IMPORTABLE)('%s: by its key, its Chinese name and its English name', (key) => {
    expect(importSheetOf(key)).toBe(key);
    expect(importSheetOf(TEMPLATES[key].name.zh)).toBe(key);
    expect(importSheetOf(TEMPLATES[key].name.en)).toBe(key);
    expect(importSheetOf(` ${TEMPLATES[key].name.en.toUpperCase()} `)).toBe(key);
  });

  it('reads 订单记录, Ｏｒｄｅｒｓ and order lines; a chat log by its name; nothing else', () => {
    expect(importSheetOf('订单记录')).toBe('orders');
    expect(importSheetOf('Ｏｒｄｅｒｓ')).toBe('orders');
    expect(importSheetOf('order  lines')).toBe('orderLines');
    // 聊天记录 is also the transcripts sheet, which nobody imports into: the name means a chat log.
    expect(importSheetOf('聊天记录')).toBe('chats');
    expect(importSheetOf('chats')).toBe('chats');
    for (const other of ['', 'nosuch', '运行日志', 'settings', 'transcripts'])
      expect(importSheetOf(other)).toBeNull();
  });
});
