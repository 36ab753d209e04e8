import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_KEY_HEADER } from '../../src/core/ingest/import-target';
import { say } from '../../src/core/messages/catalogue';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTING_DEFS,
  unreadableSetting,
} from '../../src/core/settings/settings';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { browserForTests } from '../setup/browser';
import { setUpBook } from './bundle-book';
import { type Browser, launchBrowser, openPanel } from './sidebar-browser';

let browser: Browser;
const search = browserForTests();

beforeAll(async () => {
  if (!search.browser) return;
  await build();
  browser = await launchBrowser(search.browser);
}, 120_000);

// Without a browser each test is skipped with the reason (under CI=true browserForTests throws instead).
beforeEach((context) => {
  if (!search.browser) context.skip(search.reason);
});

afterAll(async () => {
  await browser?.close();
});

/** Tuesday 2026-11-10 09:00 in Shanghai. */
const NOW = '2026-11-10T01:00:00Z';
const DAY = 24 * 3600 * 1000;
const later = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();

describe('状态 / Health', () => {
  it('shows a stalled automation with its last automatic run, and nothing loads from outside', async () => {
    const book = await setUpBook({}, NOW);
    await book.run('turnOnAutomation', 'active', NOW);
    await book.run('runDueTrigger', 'trigger', later(1));
    const panel = await openPanel(browser, book, later(5));
    const { page } = panel;
    const stalled = page.locator('[data-test="stalled"]');
    await stalled.waitFor();
    // The last automatic run was four days before the panel opened.
    expect(await stalled.textContent()).toBe(say('zh', 'automation.stalled', { days: 4 }));
    expect(await page.locator('[data-test="automation"]').textContent()).toContain('已开启');
    const lastRun = await page.locator('[data-test="last-run"]').textContent();
    expect(lastRun).toMatch(/^2026-11-11 09:00:00 · 完成$/);
    expect(await page.locator('[data-test="cells"]').textContent()).toMatch(/\/ 10,000,000/);
    expect(panel.external).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('规则测试 / Rule tester', () => {
  it('names the keyword, the category and the Taxonomy row of a rule the team added', async () => {
    const book = await setUpBook({}, NOW);
    book.append('taxonomy', [{ kind: 'review', category: '独角兽分类', keywords: '独角兽、彩虹马' }]);
    const taxonomy = book.wb.read(sheetName('taxonomy', 'zh'));
    const row = taxonomy.findIndex((line) => line.includes('独角兽分类')) + 1;
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="rules"]');
    await page.selectOption('[data-test="rule-kind"]', 'review');
    await page.fill('[data-test="rule-text"]', '孩子说这是彩虹马，快递也快');
    await page.click('[data-test="rule-test"]');
    const hit = page.locator('[data-test="rule-hits"] tr', { hasText: '独角兽分类' });
    await hit.waitFor();
    expect(await hit.locator('[data-test="hit-keywords"]').textContent()).toBe('彩虹马');
    expect(await hit.locator('[data-test="hit-rule"]').textContent()).toBe(
      `review/独角兽分类${say('zh', 'sidebar.rules.row', { row })}`,
    );
    // No polarity word of 独角兽分类 in the text and no rating typed: the rating rule gives neutral.
    expect(await hit.locator('[data-test="hit-polarity"]').getAttribute('data-polarity')).toBe('neutral');
    await page.close();
  }, 60_000);

  it('shows each review category’s polarity and the polarity words behind it, as the summaries compute it', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="rules"]');
    await page.selectOption('[data-test="rule-kind"]', 'review');
    // 刺鼻 is a negative word, read with its degree word 很; 实用 a positive one in the 赠品 clause; 没 turns 刺鼻 round.
    await page.fill('[data-test="rule-text"]', '味道很刺鼻，赠品很实用');
    await page.click('[data-test="rule-test"]');
    const smell = page.locator('[data-test="rule-hits"] tr', { hasText: '气味' });
    await smell.waitFor();
    const gift = page.locator('[data-test="rule-hits"] tr', { hasText: '赠品质量' });
    expect(await smell.locator('[data-test="hit-polarity"]').getAttribute('data-polarity')).toBe('negative');
    expect(await smell.locator('[data-test="hit-polarity"]').textContent()).toBe(
      `${say('zh', 'sidebar.rules.polarity.negative')}很刺鼻（程度词 很）`,
    );
    // Praise and a complaint of equal weight read negative overall (rules/lexicon.json negativeBelow).
    expect(await page.locator('[data-test="rule-overall"]').textContent()).toBe(
      say('zh', 'reading.overall', {
        polarity: say('zh', 'summary.polarity.negative'),
        words: '很刺鼻（程度词 很）',
      }),
    );
    expect(await gift.locator('[data-test="hit-polarity"]').getAttribute('data-polarity')).toBe('positive');
    expect(await gift.locator('[data-test="hit-polarity-words"]').textContent()).toContain(
      '很实用（程度词 很）',
    );
    await page.fill('[data-test="rule-text"]', '一点也没刺鼻的味道');
    await page.click('[data-test="rule-test"]');
    await page.locator('[data-test="hit-polarity"][data-polarity="positive"]').waitFor();
    expect(await page.locator('[data-test="rule-hits"] th').allTextContents()).toContain(
      say('zh', 'sidebar.rules.polarity'),
    );
    // A question has no polarity: no column for it.
    await page.selectOption('[data-test="rule-kind"]', 'pre-sale');
    await page.fill('[data-test="rule-text"]', '多少钱，能便宜点吗');
    await page.click('[data-test="rule-test"]');
    await page.locator('[data-test="rule-hits"]').waitFor();
    expect(await page.locator('[data-test="hit-polarity"]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('answers with no category when no keyword is in the text', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="rules"]');
    // A question takes only its first category; text with no keyword says so.
    await page.selectOption('[data-test="rule-kind"]', 'pre-sale');
    await page.fill('[data-test="rule-text"]', 'zzzz');
    await page.click('[data-test="rule-test"]');
    await page.locator('[data-test="rule-none"]').waitFor();
    await page.close();
  }, 60_000);
});

describe('设置 / Settings', () => {
  const threshold = SETTING_DEFS.find((d) => d.key === 'responseThresholdSeconds')!;

  it('shows the Problems sheet’s message for a bad value and writes nothing; a good value is saved and logged', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="settings"]');
    const input = page.locator('#setting-responseThresholdSeconds');
    await input.fill('两分钟');
    await page.locator('#setting-bonusBase').fill('1500');
    await page.click('[data-test="settings-save"]');
    const error = page.locator('[data-test="setting-error-responseThresholdSeconds"]');
    await expect.poll(() => error.textContent()).not.toBe('');
    expect(await error.textContent()).toBe(unreadableSetting(threshold, '两分钟', DEFAULT_SETTINGS, 'zh'));
    expect(await page.locator('[data-test="settings-status"]').textContent()).toBe(
      say('zh', 'sidebar.settings.invalid', { count: 1 }),
    );
    expect(await input.inputValue()).toBe('两分钟');
    expect(readSettings(book.wb).settings.bonusBase).toBe(DEFAULT_SETTINGS.bonusBase);

    // The same value typed in the sheet gets the same reason in the Problems sheet's terms.
    book.setSetting('responseThresholdSeconds', '两分钟');
    const sheetProblem = readSettings(book.wb).problems.find((p) => p.column === 'responseThresholdSeconds');
    expect(sheetProblem?.reason).toBe(await error.textContent());
    book.setSetting('responseThresholdSeconds', 120);

    await input.fill('90');
    await page.click('[data-test="settings-save"]');
    await expect
      .poll(() => page.locator('[data-test="settings-status"]').textContent())
      .toBe(say('zh', 'sidebar.settings.saved', { count: 2 }));
    const { settings } = readSettings(book.wb);
    expect([settings.responseThresholdSeconds, settings.bonusBase]).toEqual([90, 1500]);
    expect(book.runLog().at(-1)?.[2]).toBe(
      say('zh', 'menu.log.settings', { keys: 'bonusBase, responseThresholdSeconds' }),
    );
    await page.close();
  }, 60_000);
});

describe('任务 / Jobs', () => {
  it('runs a menu job from its button and shows the same result the menu alerts', async () => {
    const book = await setUpBook({}, NOW);
    const menu = await book.run('lastWeekSummary', 'active', NOW);
    const alert = menu.fakes.ui.alerts[0]?.prompt;
    const panel = await openPanel(browser, book, NOW);
    await panel.page.click('[data-tab="jobs"]');
    await panel.page.click('[data-test="job-lastWeekSummary"]');
    const result = panel.page.locator('[data-test="job-result"]');
    await result.waitFor();
    expect(await result.textContent()).toBe(alert);
    expect(panel.calls.map((c) => c.name)).toContain('sidebarJobResult');
    await panel.page.fill('[data-test="job-summaryFor-argument"]', '2026-W99');
    await panel.page.click('[data-test="job-summaryFor"]');
    await expect.poll(() => result.textContent()).toContain('"2026-W99"');
    await panel.page.close();
  }, 60_000);

  it('opens the Problems sheet from Health', async () => {
    const book = await setUpBook({}, NOW);
    await book.run('classifyNewRows', 'active', NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('text=打开问题清单');
    await expect.poll(() => book.first.spreadsheet.activeName()).toBe(sheetName('problems', 'zh'));
    await page.close();
  }, 60_000);
});

describe('语言 / Language', () => {
  it('switches every word of the panel to English from the catalogue', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-test="language"]');
    await expect
      .poll(() => page.locator('[data-tab="rules"]').textContent())
      .toBe(say('en', 'sidebar.tab.rules'));
    // Everything but the switch back (labelled in the other language) is English.
    const text = (await page.locator('#app').innerText()).replace(say('zh', 'sidebar.languageName'), '');
    expect(text).toContain(say('en', 'sidebar.health.automation'));
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    await page.close();
  }, 60_000);
});

describe('导入文件 / Import a file', () => {
  const HEADER = ['日期', '客服', '客户ID', '阶段', '咨询内容', '是否成交', '备注'];
  const ROWS = [
    ['2026-11-09', '小美', 'tb_王小明', '售前', '这款有现货吗？颜色能换成藏青色吗', '是', '客户说「很满意」'],
    ['2026-11-09', '阿强', 'tb_李华_1688', '售前', '能便宜点吗，批发价多少', '否', '犹豫中'],
    ['2026-11-10', '小美', '张三丰', '售后', '快递太慢了，包装也破了', '', '已补发'],
  ];
  const csv = [HEADER, ...ROWS].map((row) => row.join(',')).join('\r\n');

  it('imports a GBK file through the page with every Chinese character intact, and adds nothing the second time', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    await page.selectOption('[data-test="import-sheet"]', 'inquiries');
    const file = { name: '询单导出.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') };
    await page.setInputFiles('[data-test="import-file"]', file);
    await expect
      .poll(() => page.locator('[data-test="import-read"]').textContent())
      .toContain('GBK / GB18030');
    await page.click('[data-test="import-start"]');
    const counts = page.locator('[data-test="import-counts"]');
    await expect
      .poll(() => counts.textContent())
      .toBe(say('zh', 'sidebar.import.result', { new: 3, updated: 0, skipped: 0, repeated: 0, rejected: 0 }));
    const grid = book.wb.read(sheetName('inquiries', 'zh'));
    const header = grid[0]!.map(String);
    const written = grid
      .slice(1)
      .map((row) => HEADER.slice(1).map((label) => String(row[header.indexOf(label)])));
    expect(written).toEqual(ROWS.map((row) => row.slice(1)));

    await page.setInputFiles('[data-test="import-file"]', { ...file, name: 'again.csv' });
    await page.click('[data-test="import-start"]');
    await expect
      .poll(() => counts.textContent())
      .toBe(say('zh', 'sidebar.import.result', { new: 0, updated: 0, skipped: 3, repeated: 0, rejected: 0 }));
    expect(book.wb.read(sheetName('inquiries', 'zh')).length).toBe(grid.length);
    await page.close();
  }, 60_000);

  it('refuses bytes that are not valid in the file’s encoding, naming the line, and writes nothing', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    const bytes = Buffer.concat([
      iconv.encode(`${csv}\r\n`, 'gbk'),
      Buffer.from([0x32, 0x30, 0x81, 0x20, 0x0d, 0x0a]),
    ]);
    await page.setInputFiles('[data-test="import-file"]', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });
    const error = page.locator('[data-test="import-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      say('zh', 'sidebar.import.badBytes', { line: 5, encoding: 'GBK / GB18030' }),
    );
    expect(await page.locator('[data-test="import-start"]').isDisabled()).toBe(true);
    await page.close();
  }, 60_000);

  it('offers the rejected rows as a file with their reasons', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    const bad = `${csv}\r\n2026-13-45,小美,tb_赵六,售前,有货吗,是,`;
    await page.setInputFiles('[data-test="import-file"]', {
      name: 'x.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.click('[data-test="import-start"]');
    const link = page.locator('[data-test="import-rejected"]');
    await link.waitFor();
    const download = page.waitForEvent('download');
    await link.click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\uFEFF日期,客服,客户ID')).toBe(true);
    expect(text).toContain('2026-13-45,小美,tb_赵六,售前,有货吗,是,');
    expect(text.split('\r\n').filter((line) => line !== '').length).toBe(2);
    await page.close();
  }, 60_000);
});

describe('导入文件 · 提醒 / Import a file: what it says about the file', () => {
  it('says each note once after an import of two batches, its figures summed over both', async () => {
    // Over 1,000 rows (BATCH_ROWS): two batches, each with its own follow-ups and default praise.
    const header = [
      '评价时间',
      '买家昵称',
      '宝贝标题',
      '评价结果',
      '评价内容',
      '追评时间',
      '追评内容',
      '有用数',
    ];
    const rows = Array.from({ length: 1500 }, (_, i) => {
      const minute = (i % 200).toString();
      const time = `2026-11-0${1 + Math.floor(i / 200)} ${Math.floor(+minute / 60) + 10}:${String(+minute % 60).padStart(2, '0')}:00`;
      const follow = i === 10 || i === 1200;
      const praise = i === 5 || i === 1100 || i === 1300;
      return [
        time,
        `b${i}`,
        i === 1400 ? '#N/A' : '四件套',
        '好评',
        praise ? `评价方未及时做出评价,系统默认好评! ${i}` : `很好 ${i}`,
        follow ? '2026-11-12 09:00:00' : '',
        follow ? `用了一周还是很好 ${i}` : '',
        '0',
      ];
    });
    const book = await setUpBook({}, NOW);
    const { page, calls } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    await page.selectOption('[data-test="import-sheet"]', 'reviews');
    await page.setInputFiles('[data-test="import-file"]', {
      name: '评价.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].map((r) => r.join(',')).join('\r\n')),
    });
    await page.click('[data-test="import-start"]');
    const notes = page.locator('[data-test="import-notes"] li');
    await notes.first().waitFor({ timeout: 60_000 });
    expect(calls.filter((c) => c.name === 'sidebarImport')).toHaveLength(2);
    expect(await notes.allTextContents()).toEqual([
      say('zh', 'import.reviewShop', { shop: '本店' }),
      say('zh', 'import.reviewFollowUps', { count: 2 }),
      say('zh', 'import.defaultPraise', { count: 3 }),
      say('zh', 'import.ignoredColumns', { count: 1, columns: '有用数' }),
      say('zh', 'import.warningLine', {
        file: '评价.csv',
        line: 1402,
        column: '宝贝标题',
        reason: say('zh', 'sheets.errorValueIgnored', { text: '#N/A' }),
      }),
    ]);
    await page.close();
  }, 120_000);
});

describe('导入文件 → 匹配订单 / Import a file, then match', () => {
  const ORDERS = [
    ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单创建时间', '订单付款时间', '宝贝标题'],
    ['A1', '阿明', '1120', '交易成功', '2026-11-04 19:58:00', '2026-11-04 20:00:00', '纯棉四件套'],
    ['B1', '小红', '99', '交易成功', '2026-11-06 08:59:00', '2026-11-06 09:00:00', '夏凉被'],
  ];
  const CHATS = [
    ['时间', '买家', '客服', '发送方', '内容'],
    ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
    ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
    ['2026-11-04 08:00:00', '老王', '', '买家', '包邮吗'],
    ['2026-11-04 08:00:30', '老王', '婷婷', '客服', '包邮的亲'],
  ];
  const file = (name: string, rows: string[][]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.map((r) => r.join(',')).join('\r\n')),
  });

  it('runs the same matching as the menu after a chat log and an order report are imported, and shows its counts', async () => {
    // The menu's way on a twin workbook: the bundle's import, then 匹配订单; its alert is the reference.
    const twin = await setUpBook({}, NOW);
    for (const [sheet, [header, ...rows]] of [
      ['chats', CHATS],
      ['orders', ORDERS],
    ] as const) {
      twin.execution('active', NOW).bundle.call(
        'sidebarImport',
        {
          sheet,
          file: `${sheet}.csv`,
          header,
          headerLine: 1,
          rows: rows.map((cells, i) => ({ line: i + 2, cells })),
          unreadable: [],
          range: { from: 1, to: rows.length, of: rows.length },
        },
        'zh',
      );
    }
    const menu = await twin.run('matchOrders', 'active', NOW);
    const alert = menu.fakes.ui.alerts[0]?.prompt;
    expect(alert).toContain(
      say('zh', 'matching.done', { paidOrders: 2, attributed: 1, silent: 1, converted: 1 }),
    );

    const book = await setUpBook({}, NOW);
    const { page, calls } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    const match = page.locator('[data-test="import-match"]');
    await page.selectOption('[data-test="import-sheet"]', 'chats');
    await page.setInputFiles('[data-test="import-file"]', file('聊天记录.csv', CHATS));
    await page.click('[data-test="import-start"]');
    await match.waitFor();
    // No order yet: matching settles nothing, and says so.
    expect(await match.textContent()).toContain(
      say('zh', 'matching.done', { paidOrders: 0, attributed: 0, silent: 0, converted: 0 }),
    );
    await page.selectOption('[data-test="import-sheet"]', 'orders');
    await page.setInputFiles('[data-test="import-file"]', file('订单报表.csv', ORDERS));
    await page.click('[data-test="import-start"]');
    await expect.poll(() => page.locator('[data-test="import-counts"]').textContent()).toContain('2');
    await expect.poll(() => match.textContent()).toBe(alert);
    expect(calls.filter((c) => c.name === 'sidebarRunJob').map((c) => c.args[0])).toEqual([
      'matchOrders',
      'matchOrders',
    ]);
    // The Inquiries sheet is the menu's, cell by cell: 阿明 converted, 老王 not.
    const inquiries = sheetName('inquiries', 'zh');
    // The panel's import keeps one hidden column of its own (each row's import key, so batches of one
    // file never skip each other's rows); every column the team reads is the menu's.
    const panelGrid = book.wb.read(inquiries);
    const keyColumn = panelGrid[0]!.indexOf(IMPORT_KEY_HEADER);
    expect(keyColumn).toBeGreaterThan(-1);
    expect(panelGrid.map((row) => row.filter((_, i) => i !== keyColumn))).toEqual(twin.wb.read(inquiries));
    const grid = book.wb.read(inquiries);
    const [customer, converted] = ['客户ID', '是否成交'].map((l) => grid[0]!.indexOf(l));
    expect(grid.slice(1).map((r) => [r[customer!], r[converted!]])).toEqual([
      ['阿明', '是'],
      ['老王', '否'],
    ]);
    await page.close();
  }, 90_000);

  it('does not match after importing a sheet that holds neither orders nor conversations', async () => {
    const book = await setUpBook({}, NOW);
    const { page, calls } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    await page.selectOption('[data-test="import-sheet"]', 'reviews');
    await page.setInputFiles(
      '[data-test="import-file"]',
      file('评价.csv', [
        ['日期', '店铺', '评分', '评价内容'],
        ['2026-11-09', '本店', '5', '很好'],
      ]),
    );
    await page.click('[data-test="import-start"]');
    await page.locator('[data-test="import-counts"].ok').waitFor();
    expect(calls.map((c) => c.name)).not.toContain('sidebarRunJob');
    expect(await page.locator('[data-test="import-match"]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('takes the shop of a review export without a shop column from the panel, 本店 when blank', async () => {
    const book = await setUpBook({}, NOW);
    const { page } = await openPanel(browser, book, NOW);
    await page.click('[data-tab="import"]');
    // The shop choice shows for reviews only.
    expect(await page.locator('[data-test="import-shop-group"]').isHidden()).toBe(true);
    await page.selectOption('[data-test="import-sheet"]', 'reviews');
    expect(await page.locator('[data-test="import-shop-group"]').isVisible()).toBe(true);
    const header = ['评价时间', '宝贝标题', '评价结果', '评价内容'];
    await page.fill('[data-test="import-shop"]', '竞品A');
    await page.setInputFiles(
      '[data-test="import-file"]',
      file('竞品评价.csv', [header, ['2026-11-09 10:00:00', '四件套', '差评', '起球严重']]),
    );
    await page.click('[data-test="import-start"]');
    await page.locator('[data-test="import-counts"].ok').waitFor();
    await page.fill('[data-test="import-shop"]', '');
    await page.setInputFiles(
      '[data-test="import-file"]',
      file('本店评价.csv', [header, ['2026-11-09 11:00:00', '四件套', '好评', '很舒服']]),
    );
    await page.click('[data-test="import-start"]');
    await expect.poll(() => book.wb.read(sheetName('reviews', 'zh')).length).toBe(3);
    const grid = book.wb.read(sheetName('reviews', 'zh'));
    const at = (label: string) => grid[0]!.map(String).indexOf(label);
    expect(grid.slice(1).map((row) => [row[at('店铺')], row[at('评分')], row[at('评价内容')]])).toEqual([
      ['竞品A', 1, '起球严重'],
      ['本店', 5, '很舒服'],
    ]);
    await page.close();
  }, 60_000);
});
