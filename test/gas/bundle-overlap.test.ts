import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const DEMO = generateDemo({ seed: 5, start: '2026-10-19', weeks: 3 });
/** Tuesday 2026-11-10 06:00 in Shanghai: W43 to W45 and October are due (the logs start in W43). */
const RUN_AT = '2026-11-09T22:00:00Z';

async function demoBook(): Promise<Book> {
  const book = await setUpBook({}, '2026-11-09T01:00:00Z');
  book.append(
    'inquiries',
    DEMO.inquiries.filter((_, i) => i % 2 === 0),
  );
  book.append(
    'reviews',
    DEMO.reviews.filter((_, i) => i % 2 === 0),
  );
  book.append('scorecard', DEMO.scorecard);
  await book.run('turnOnAutomation', 'active');
  return book;
}

/** Every sheet but the Run log, as read back: what a run leaves behind. */
function contents(book: Book): Record<string, unknown[][]> {
  const names = book.wb.sheetNames().filter((name) => name !== sheetName('runLog', 'zh'));
  return Object.fromEntries(names.map((name) => [name, book.wb.read(name)]));
}

describe('two trigger runs at once', () => {
  it('leave the same workbook as one run: the second finds the lock held, logs busy and does nothing', async () => {
    const alone = await demoBook();
    await alone.run('runDueTrigger', 'trigger', RUN_AT);

    const book = await demoBook();
    const first = book.execution('trigger', RUN_AT);
    const second = book.execution('trigger', RUN_AT);
    // The first run takes the lock and classifies before its first await; the second starts then.
    const running = first.bundle.call('runDueTrigger') as Promise<void>;
    expect(book.first.locks.document.holder).toBe(first.fakes.executionId);
    await (second.bundle.call('runDueTrigger') as Promise<void>);
    await running;

    expect(contents(book)).toEqual(contents(alone));
    expect(book.summaryTabs()).toEqual(['周报 2026-W43', '月报 2026-10', '周报 2026-W44', '周报 2026-W45']);
    const runs = book.runLog().filter((row) => row[LOG.trigger] === '定时');
    expect(runs.map((row) => row[LOG.outcome])).toEqual(['忙碌跳过', '完成']);
    expect(runs[0]?.[LOG.actions]).toBe('另一次运行正占用表格；本次未做任何事');
    expect(book.first.locks.document.holder).toBeNull();
  });

  it('a run after a finished one writes nothing new', async () => {
    const book = await demoBook();
    await book.run('runDueTrigger', 'trigger', RUN_AT);
    const after = contents(book);
    await book.run('runDueTrigger', 'trigger', RUN_AT);
    expect(contents(book)).toEqual(after);
    const last = book.runLog().at(-1);
    expect(last?.[LOG.outcome]).toBe('完成');
    expect(String(last?.[LOG.actions])).not.toMatch(/wrote|scorecard/);
  });
});
