/**
 * The engine reads a text as the workbook does (issue 20, item 5): the same logs, with their
 * category cells blank, summarised by DuckDB (`summary --from --engine duckdb`) and by the workbook
 * path ("Classify new rows", then the tab), give the same month, field by field. The texts are the
 * ones a keyword test gets wrong: negations (没有色差, 不是价格问题, 没有异味) and words holding a
 * keyword (特别 — 别, 差不多 — 色差/差, 慢慢 — 慢).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { folderSummaries } from '../../../src/cli/engine/folder-summary';
import { parsePeriod } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';
import { classifiedSummaries } from './workbook-path';

const QUESTIONS: [string, string][] = [
  ['售后', '收到了，没有色差，就是快递太慢了'],
  ['售后', '颜色差不多，快递员态度太差了'],
  ['售后', '没有异味，就是尺码偏小'],
  ['售后', '没有少发，就是快递太慢'],
  ['售前', '没有赠品也行，有现货吗'],
  ['售前', '不是价格问题，有没有别的颜色'],
  ['售前', '没有赠品也可以，1.8米的有吗'],
  ['售前', '慢慢挑，请问有现货吗'],
  ['售前', '特别想知道什么时候发货'],
  ['售前', '有没有赠品？'],
];

const REVIEWS: [number, string][] = [
  [5, '没有色差，和图片一样，特别喜欢'],
  [4, '颜色差不多，质量也挺好的'],
  [5, '慢慢用了一个月，没有异味'],
  [2, '物流太慢了，包装也破了'],
  [5, '特别好，孩子很喜欢，快递也快'],
  [3, '味道差不多吧，一般'],
  [1, '不是正品，差评'],
  [5, '好不好用还不知道，包装很好'],
];

describe('engine and workbook read the same texts the same way', () => {
  it('gives the same October from logs whose categories are left to the reading', async () => {
    const folder = tempDir('spiral-engine-reading');
    const inquiries = QUESTIONS.map(([stage, question], i) => [
      `2026-10-${String(5 + i).padStart(2, '0')}`,
      '小美',
      `b${i}`,
      stage,
      question,
      '',
      '否',
      '',
    ]);
    const reviews = REVIEWS.map(([rating, text], i) => [
      `2026-10-${String(5 + i).padStart(2, '0')}`,
      '本店',
      String(rating),
      text,
      '',
      '',
    ]);
    writeFileSync(
      join(folder, 'inquiries.csv'),
      stringify([
        ['日期', '客服', '客户ID', '阶段', '咨询内容', '问题分类', '是否成交', '成交金额'],
        ...inquiries,
      ]),
    );
    writeFileSync(
      join(folder, 'reviews.csv'),
      stringify([['日期', '店铺', '评分', '评价内容', '分类', '人工分类'], ...reviews]),
    );
    const month = [parsePeriod('2026-10')];
    const engine = await folderSummaries(folder, month, 'zh');
    const workbook = await classifiedSummaries(folder, month);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    const model = json(engine.models[0]);
    const reference = json(workbook[0]);
    // The parts the texts decide first, so a difference names itself; then the whole month.
    expect(model.questionCategories).toEqual(reference.questionCategories);
    expect(model.reviews).toEqual(reference.reviews);
    expect(model).toEqual(reference);
  });

  it("reads with the folder's lexicon.csv as the workbook reads with its 词库 sheet, and names a bad row", async () => {
    const folder = tempDir('spiral-engine-lexicon');
    const reviews = ['宝宝睡袋有点拉胯，洗一次就掉毛', '被子盖着扎人，还掉毛', '四件套很好，孩子喜欢'].map(
      (text, i) => [`2026-10-${String(5 + i).padStart(2, '0')}`, '本店', '', text, '', ''],
    );
    writeFileSync(
      join(folder, 'inquiries.csv'),
      stringify([
        ['日期', '客服', '客户ID', '阶段', '咨询内容', '问题分类', '是否成交', '成交金额'],
        ['2026-10-05', '小美', 'b1', '售前', '有现货吗', '', '否', ''],
      ]),
    );
    writeFileSync(
      join(folder, 'reviews.csv'),
      stringify([['日期', '店铺', '评分', '评价内容', '分类', '人工分类'], ...reviews]),
    );
    const month = [parsePeriod('2026-10')];
    const negatives = (m: { reviews: unknown }) => JSON.stringify(m.reviews);
    const shipped = await folderSummaries(folder, month, 'zh');
    writeFileSync(
      join(folder, 'lexicon.csv'),
      stringify([
        ['词类', '词', '强度', '停用'],
        ['负面词', '拉胯', '', ''],
        ['负面词', '掉毛', '', ''],
        ['乱写', '好评', '', ''],
      ]),
    );
    const engine = await folderSummaries(folder, month, 'zh');
    const workbook = await classifiedSummaries(folder, month);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    // The team's words change the month (two reviews read negative), the same way on both paths.
    expect(negatives(engine.models[0]!)).not.toEqual(negatives(shipped.models[0]!));
    expect(json(engine.models[0]).reviews).toEqual(json(workbook[0]).reviews);
    expect(engine.notes[0]).toContain('词库：文件夹里的 lexicon.csv');
    expect(shipped.notes[0]).toContain('词库：内置词库');
    expect(engine.notes.some((n) => n.startsWith('lexicon.csv 第 4 行，词类：'))).toBe(true);
  });
});
