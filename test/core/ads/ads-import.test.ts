import { describe, expect, it } from 'vitest';
import { readAds } from '../../../src/core/ads/ads-sheet';
import { parseDelimitedText } from '../../../src/core/ingest/delimited-text';
import { importRecords } from '../../../src/core/ingest/import-records';
import { installTemplates } from '../../../src/core/setup/install';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

/**
 * A 直通车 report (before 2023) in the platform's words: 推广计划名称, 花费, 展现量, 点击量,
 * 总成交金额, 总成交笔数 and 投入产出比 (the field names of 直通车's report as public tools show them:
 * find_string "总成交笔数" — 点击转化率 = 总成交笔数 / 点击量, 投资回报率 = 总成交金额 / 花费, 15 天).
 * It has no channel column: the team types 直通车 there, or the file names it per row as below.
 */
const ZHITONGCHE =
  '日期,推广工具,推广计划名称,花费,展现量,点击量,总成交金额,总成交笔数,投入产出比\r\n' +
  '2022-11-14,直通车,四件套-关键词,"1,200.50",52000,1300,"4,801.00",31,4.00\r\n' +
  '2022-11-14,引力魔方,四件套-人群,300,88000,400,600,5,2.00\r\n';

/** 万相台无界 (2023 on): 场景名字 names the scene (关键词推广 is the old 直通车, 人群推广 the old 引力魔方). */
const WANXIANG =
  '日期,场景名字,计划名字,花费,展现量,点击量,总成交金额,总成交笔数\r\n' +
  '2026-11-16,关键词推广,夏凉被-搜索,800,40000,900,3200,20\r\n' +
  '2026-11-16,全站推广,全店,500,60000,700,2500,15\r\n';

/** 淘宝客 (淘宝联盟 商家中心): spend is the commission paid (支出佣金); sales and orders are 付款金额 / 付款笔数. */
const TAOBAOKE =
  '日期,推广渠道,推广计划,付款金额,付款笔数,支出佣金\r\n' + '2026-11-16,淘宝客,通用计划,1500,12,150\r\n';

describe('Ads · 推广数据: platform exports read by header alias', () => {
  it('is created by set-up with its eight columns', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    expect(wb.read('推广数据')).toEqual([
      ['日期', '渠道', '计划', '花费', '展现', '点击', '成交金额', '成交笔数'],
    ]);
  });

  it('reads 直通车 and 引力魔方 (older exports) as 万相台无界, and the other layouts by their own words', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    for (const file of [ZHITONGCHE, WANXIANG, TAOBAOKE])
      expect(importRecords(wb, 'ads', parseDelimitedText(file))).toMatchObject({ rejected: 0 });
    const rows = readAds(wb).records.map((r) => [
      r.date,
      r.channel,
      r.plan,
      r.spend,
      r.impressions,
      r.clicks,
      r.adSales,
      r.adOrders,
    ]);
    expect(rows).toEqual([
      ['2022-11-14', 'wanxiang', '四件套-关键词', 1200.5, 52000, 1300, 4801, 31],
      ['2022-11-14', 'wanxiang', '四件套-人群', 300, 88000, 400, 600, 5],
      ['2026-11-16', 'wanxiang', '夏凉被-搜索', 800, 40000, 900, 3200, 20],
      ['2026-11-16', 'wanxiang', '全店', 500, 60000, 700, 2500, 15],
      ['2026-11-16', 'taobaoke', '通用计划', 150, 0, 0, 1500, 12],
    ]);
    // The sheet shows the channel in the workbook's words.
    expect(wb.read('推广数据')[1]![1]).toBe('万相台无界');
  });

  it('a re-import of the same day and plan updates the figures instead of adding a row', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    importRecords(wb, 'ads', parseDelimitedText(WANXIANG));
    const revised = WANXIANG.replace('800,40000,900,3200,20', '820,41000,910,3300,21');
    expect(importRecords(wb, 'ads', parseDelimitedText(revised))).toMatchObject({ new: 0, updated: 1 });
    expect(readAds(wb).records[0]).toMatchObject({ spend: 820, adSales: 3300, adOrders: 21 });
  });
});
