/**
 * The 词库 / Lexicon sheet through the bundled Apps Script over the fake (issue 20): set-up makes the
 * sheet, and a word the team adds there is what 分类新记录 reads a review with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLabel, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T01:00:00Z';
const REVIEWS = sheetName('reviews', 'zh');

async function overallOf(words: object[]): Promise<string> {
  const b = await setUpBook({}, NOW);
  b.append('reviews', [{ date: '2026-11-02', shop: '本店', text: '绝绝子' }]);
  if (words.length > 0) b.append('lexicon', words);
  await b.execution('active').bundle.call('classifyNewRows');
  const sheet = b.first.spreadsheet.sheet(REVIEWS).snapshot();
  return String(sheet[1]![sheet[0]!.indexOf(columnLabel('reviews', 'overall', 'zh'))]).split('：')[0]!;
}

describe('词库 in Apps Script', () => {
  it('reads a review with the words the team added', async () => {
    expect(await overallOf([])).toBe('中性');
    expect(await overallOf([{ kind: 'positive', word: '绝绝子', strength: '强' }])).toBe('正面');
  });
});
