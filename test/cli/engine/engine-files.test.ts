/**
 * Issue 21, item 10: a folder's file DuckDB or the readers cannot read is one catalogue sentence
 * naming the file (and the line), never the engine's raw report or the catch-all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { writeExportFolder } from '../../../src/cli/engine/export-folder';
import { folderSummaries } from '../../../src/cli/engine/folder-summary';
import { UsageError } from '../../../src/cli/usage-error';
import type { MessageKey, MessageParams } from '../../../src/core/messages/catalogue';
import { say } from '../../../src/core/messages/catalogue';
import { parsePeriod } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';
import { generateLogs } from './generated-logs';

const LOGS = generateLogs(30, {
  seed: 5,
  start: '2026-10-01',
  days: 20,
  emptyWeek: '2026-10-26',
  emptyMonth: '2026-12',
});
const MONTH = [parsePeriod('2026-10')];

function folder(): string {
  const dir = tempDir('spiral-engine-files');
  writeExportFolder(dir, { ...LOGS, lang: 'zh' });
  return dir;
}

async function refusal(dir: string): Promise<unknown> {
  return folderSummaries(dir, MONTH, 'en').then(
    () => 'no error',
    (error: unknown) => error,
  );
}

async function expectSentence(dir: string, key: MessageKey, params: MessageParams) {
  const error = await refusal(dir);
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).toBe(say('en', key, params));
}

describe('a folder file that cannot be read is a sentence naming it', () => {
  it('taxonomy.csv with bytes invalid in its encoding', async () => {
    const dir = folder();
    const file = join(dir, 'taxonomy.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('类型,分类,关键词\n售前咨询,价格,'),
        Buffer.from([0xc3, 0x28, 0xa0]),
        Buffer.from('贵\n'),
      ]),
    );
    await expectSentence(dir, 'engine.invalidBytes', { file, line: 2, encoding: 'UTF-8' });
  });

  it('a binary settings.csv', async () => {
    const dir = folder();
    const file = join(dir, 'settings.csv');
    writeFileSync(
      file,
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00]),
    );
    await expectSentence(dir, 'engine.notText', { file });
  });

  it('a 0-byte inquiries.csv', async () => {
    const dir = folder();
    const file = join(dir, 'inquiries.csv');
    writeFileSync(file, '');
    await expectSentence(dir, 'engine.emptyFile', { file });
  });

  it('a GBK inquiries.csv: not UTF-8, at the line where it shows', async () => {
    const dir = folder();
    const file = join(dir, 'inquiries.csv');
    const text = `date,agent,customerId,stage,question,converted\n2026-10-02,小美,b1,售前,多少钱,是\n`;
    writeFileSync(file, iconv.encode(text, 'gbk'));
    await expectSentence(dir, 'engine.notUtf8', { file, line: 2 });
  });

  it('GBK past the first megabyte, which only DuckDB reads: its error becomes the same sentence', async () => {
    const dir = folder();
    const file = join(dir, 'inquiries.csv');
    const header = 'date,agent,customerId,stage,question,converted\n';
    const ascii = '2026-10-02,xm,b1,pre-sale,price?,yes\n';
    const rows = Math.ceil((1.2 * 1024 * 1024) / ascii.length);
    const gbk = iconv.encode('2026-10-03,小美,b2,售前,多少钱,是\n', 'gbk');
    writeFileSync(file, Buffer.concat([Buffer.from(header + ascii.repeat(rows)), gbk]));
    await expectSentence(dir, 'engine.notUtf8', { file, line: rows + 2 });
  });

  it('a huge keyword list in taxonomy.csv is read by the core, never compiled into SQL', async () => {
    const dir = folder();
    // 8,000 keywords of 40 Chinese characters: as one RE2 alternation they were "pattern too large -
    // compile failed"; the reading's word trie takes them.
    const word = (i: number) =>
      Array.from({ length: 40 }, (_, k) =>
        String.fromCharCode(0x4e00 + ((i * 7919 + k * 104_729) % 20_000)),
      ).join('');
    const words = Array.from({ length: 8_000 }, (_, i) => word(i));
    writeFileSync(join(dir, 'taxonomy.csv'), `类型,分类,关键词\n售前咨询,价格,${words.join('、')}、多少钱\n`);
    const result = await folderSummaries(dir, MONTH, 'en');
    expect(result.models).toHaveLength(1);
  });
});
