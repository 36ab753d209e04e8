import { describe, expect, it } from 'vitest';
import { importChats } from '../../../src/core/ingest/import-chats';
import { importRows } from '../../../src/core/ingest/import-rows';
import { inputTable } from '../../../src/core/ingest/input-table';
import { installTemplates } from '../../../src/core/setup/install';
import { agentDirectory, readAgents } from '../../../src/core/sheets/agents';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

describe('Agents · 客服名单', () => {
  it('is set up with 子账号, 姓名, 岗位, 在职', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    expect(wb.read('客服名单')).toEqual([['子账号', '姓名', '岗位', '在职']]);
  });

  it('maps sub-accounts to people: the default suffix, a suffix unlike the name, two shops with a 小美', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    importRows(
      wb,
      'agents',
      ['子账号', '姓名', '岗位', '在职'],
      [
        ['家居旗舰店:meimei', '梅梅', '售前', '是'],
        ['家居旗舰店:小美', '小美', '售前', '是'],
        ['床品专营店:小美', '王小美', '售后', '否'],
      ],
    );
    const agents = readAgents(wb).records;
    expect(agents.map((a) => [a.account, a.name, a.role, a.active])).toEqual([
      ['家居旗舰店:meimei', '梅梅', 'pre-sale', true],
      ['家居旗舰店:小美', '小美', 'pre-sale', true],
      ['床品专营店:小美', '王小美', 'after-sale', false],
    ]);
    const directory = agentDirectory(agents);
    expect(directory.nameOf('家居旗舰店:meimei')).toBe('梅梅');
    expect(directory.nameOf('家居旗舰店:小美')).toBe('小美');
    expect(directory.nameOf('床品专营店:小美')).toBe('王小美');
    // Not listed: the part after the shop's colon (full-width too).
    expect(directory.nameOf('家居旗舰店：婷婷')).toBe('婷婷');
    expect(directory.nameOf('tb_阿明')).toBe('tb_阿明');
    expect(directory.isAgent('家居旗舰店：婷婷')).toBe(true);
    expect(directory.isAgent('梅梅')).toBe(true);
    expect(directory.isAgent('tb_阿明')).toBe(false);
  });

  it('writes the person into the Inquiries rows a chat import makes, per shop', () => {
    const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
    installTemplates(wb);
    importRows(
      wb,
      'agents',
      ['子账号', '姓名'],
      [
        ['家居旗舰店:小美', '小美'],
        ['床品专营店:小美', '王小美'],
      ],
    );
    const chats = inputTable(
      ['发送人', '接收人', '时间', '内容'],
      [
        ['b1', '家居旗舰店:小美', '2026-11-03 09:00:00', '有现货吗'],
        ['家居旗舰店:小美', 'b1', '2026-11-03 09:00:30', '有的'],
        ['b2', '床品专营店:小美', '2026-11-03 10:00:00', '包邮吗'],
        ['床品专营店:小美', 'b2', '2026-11-03 10:00:20', '包邮'],
      ],
    );
    expect(importChats(wb, chats)).toMatchObject({ new: 2, rejected: 0 });
    const [header, ...rows] = wb.read('询单记录');
    const at = header!.indexOf('客服');
    expect(rows.map((r) => r[at])).toEqual(['小美', '王小美']);
  });
});
