/** Review exports in the platform's and JD's layouts, into the Reviews sheet. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { noteText } from '../../src/core/ingest/import-note';
import { importRecords } from '../../src/core/ingest/import-records';
import { installTemplates } from '../../src/core/setup/install';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const FIXTURES = join(__dirname, '../fixtures/exports');

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  return wb;
}

const reviewRows = (wb: MemoryWorkbook) => {
  const [header, ...rows] = wb.read('评价记录');
  const pick = ['日期', '店铺', '商品', '评分', '评价内容', '评价结果', '买家昵称', '追评对象'].map((l) =>
    header!.indexOf(l),
  );
  return rows.map((r) =>
    pick.map((i) => {
      const v = r[i];
      return v instanceof Date ? v.toISOString().slice(0, 10) : v;
    }),
  );
};

describe('review exports', () => {
  it("the platform's layout: 好评/中评/差评 → 5/3/1 with the text kept, a 追评 its own row, 本店 said", async () => {
    const wb = book();
    const result = importRecords(
      wb,
      'reviews',
      (await readExport(join(FIXTURES, 'reviews-taobao.csv'))).table,
    );
    expect(result).toMatchObject({ new: 5, rejected: 0 });
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('按「本店」导入');
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('1 条追评各成一行');
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('1 条是系统默认好评');
    // Dates are midnight in Shanghai (16:00 UTC the day before).
    expect(reviewRows(wb).map((r) => r.slice(1))).toEqual([
      ['本店', '纯棉四件套', 5, '面料很舒服，快递也快', '好评', 't**1', ''],
      [
        '本店',
        '纯棉四件套',
        '',
        '洗了两次不起球, 推荐',
        '',
        't**1',
        't**1 · 2026-11-05 10:00:00 · 纯棉四件套',
      ],
      ['本店', '夏凉被', 1, '有股很重的味道，客服也不理人', '差评', 'x**2', ''],
      ['本店', '枕套', 5, '评价方未及时做出评价,系统默认好评!', '好评', 'm**3', ''],
      ['本店', '枕套', 3, '一般般', '中评', 'a**4', ''],
    ]);
    // Importing it again adds nothing (the follow-up included).
    expect(
      importRecords(wb, 'reviews', (await readExport(join(FIXTURES, 'reviews-taobao.csv'))).table),
    ).toMatchObject({ new: 0, skipped: 5 });
  });

  it("JD's layout, as a competitor's export named by --shop", async () => {
    const wb = book();
    const result = importRecords(wb, 'reviews', (await readExport(join(FIXTURES, 'reviews-jd.csv'))).table, {
      shop: '竞品家纺京东店',
    });
    expect(result).toMatchObject({ new: 2, rejected: 0 });
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('按「竞品家纺京东店」导入');
    expect(reviewRows(wb).map((r) => r.slice(1, 5))).toEqual([
      ['竞品家纺京东店', '纯棉四件套 1.8m', 5, '很好，孩子很喜欢'],
      ['竞品家纺京东店', '夏凉被', 1, '质量太差，线头很多'],
    ]);
  });
});
