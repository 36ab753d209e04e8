/**
 * A Scorecard name that differs from the chat's sub-account scores the same as the matching name
 * (through the Agents sheet, or the default 店铺: rule), and without a mapping warns naming both.
 */
import { describe, expect, it } from 'vitest';
import { importRows } from '../../../src/core/ingest/import-rows';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import { installTemplates } from '../../../src/core/setup/install';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const SCORECARD = ['月份', '客服', '岗位', '级别', '服务质量', '纠纷处理', '团队协作', '执行力'];
const INQUIRIES = ['日期', '客服', '客户ID', '阶段', '是否成交', '成交金额', '首次响应(秒)'];

function book(agent: string, agents: string[][] = []) {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  importRows(wb, 'scorecard', SCORECARD, [
    ['2026-11', '小美', '售前', '普通', '优', '良', '优', '良'],
    ['2026-11', '婷婷', '售前', '普通', '良', '良', '良', '良'],
  ]);
  const rows = [];
  for (let i = 0; i < 30; i++) {
    const day = `2026-11-${String(3 + (i % 20)).padStart(2, '0')}`;
    rows.push([
      day,
      agent,
      `m${i}`,
      '售前',
      i % 3 === 0 ? '是' : '否',
      i % 3 === 0 ? '199' : '',
      String(20 + i),
    ]);
    rows.push([
      day,
      '婷婷',
      `t${i}`,
      '售前',
      i % 4 === 0 ? '是' : '否',
      i % 4 === 0 ? '99' : '',
      String(60 + i),
    ]);
  }
  importRows(wb, 'inquiries', INQUIRIES, rows);
  if (agents.length > 0) importRows(wb, 'agents', ['子账号', '姓名'], agents);
  return wb;
}

const score = async (wb: MemoryWorkbook) => {
  const report = await computeScorecard(wb, '2026-11', readSettings(wb));
  return { report, 小美: report.agents.find((a) => a.agent === '小美')! };
};

describe('Scorecard names and chat sub-accounts', () => {
  it('scores 店铺:小美 (default rule) and 店铺:meimei (Agents sheet) the same as 小美 itself', async () => {
    const same = await score(book('小美'));
    const byDefault = await score(book('某某家居旗舰店:小美'));
    const mapped = await score(book('某某家居旗舰店:meimei', [['某某家居旗舰店:meimei', '小美']]));
    expect(same.小美.score).toBeGreaterThan(0);
    expect(byDefault.小美.score).toBe(same.小美.score);
    expect(mapped.小美.score).toBe(same.小美.score);
    expect(mapped.report.problems.filter((p) => /小美/.test(p.reason))).toEqual([]);
  });

  it('without the mapping, warns naming both spellings instead of scoring 0 in silence', async () => {
    const { report } = await score(book('某某家居旗舰店:meimei'));
    const reasons = report.problems.map((p) => p.reason).join('\n');
    expect(reasons).toContain('客服考核的「小美」在 2026-11 的询单记录里没有对应的客服');
    expect(reasons).toContain('meimei');
    expect(reasons).toContain(
      '询单记录里的客服「meimei」（记录中写作 某某家居旗舰店:meimei）在 2026-11 没有客服考核行',
    );
  });
});
