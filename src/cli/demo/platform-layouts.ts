/**
 * The demo's files in the platforms' own layouts (issue 19), written beside the workbook and read
 * back through `spiral import`'s reader: the 客服名单 with 千牛 sub-accounts (`店铺:小美`, and one
 * whose suffix is not the name), three conversations as 千牛 copied text, the same buyers' orders in
 * the 60-column 订单报表 (GBK, ="…" numbers, a multi-item 主订单, a closed unpaid order with its
 * reason), and a Taobao 评价 export (好评/中评/差评, a 追评, a 系统默认好评). The same layouts
 * as test/fixtures/exports, where each header's public source is named.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { type ImportResult, importChats, importRecords, noteText } from '../../core/ingest';
import { type MessageKey, say } from '../../core/messages';
import type { Lang, SheetKey } from '../../core/sheets';
import { addDays } from '../../core/time';
import type { WorkbookPort } from '../../ports';
import { readExport } from '../ingest/read-export';
import { DEMO_AGENTS } from './catalog';

/** The 60 columns of Tmall's 订单报表 with 新零售 and 主订单编号 (test/fixtures/exports/sources.ts). */
export const ORDER_REPORT_60_HEADER = [
  '订单编号',
  '买家会员名',
  '买家支付宝账号',
  '支付单号',
  '买家应付货款',
  '买家应付邮费',
  '买家支付积分',
  '总金额',
  '返点积分',
  '买家实际支付金额',
  '买家实际支付积分',
  '订单状态',
  '买家留言',
  '收货人姓名',
  '收货地址 ',
  '运送方式',
  '联系电话 ',
  '联系手机',
  '订单创建时间',
  '订单付款时间 ',
  '宝贝标题 ',
  '宝贝种类 ',
  '物流单号 ',
  '物流公司',
  '订单备注',
  '宝贝总数量',
  '店铺Id',
  '店铺名称',
  '订单关闭原因',
  '卖家服务费',
  '买家服务费',
  '发票抬头',
  '是否手机订单',
  '分阶段订单信息',
  '特权订金订单id',
  '是否上传合同照片',
  '是否上传小票',
  '是否代付',
  '定金排名',
  '修改后的sku',
  '修改后的收货地址',
  '异常信息',
  '天猫卡券抵扣',
  '集分宝抵扣',
  '是否是O2O交易',
  '新零售交易类型',
  '新零售导购门店名称',
  '新零售导购门店id',
  '新零售发货门店名称',
  '新零售发货门店id',
  '退款金额',
  '预约门店',
  '确认收货时间',
  '打款商家金额',
  '含应开票给个人的个人红包',
  '是否信用购',
  '体验期结束时间',
  '前N有礼',
  '配送类型',
  '主订单编号',
];
const REVIEW_HEADER = ['评价时间', '买家昵称', '宝贝标题', '评价结果', '评价内容', '追评时间', '追评内容'];
const AGENT_HEADER = ['子账号', '姓名', '岗位', '在职'];

/** The demo shop as 千牛 prefixes its sub-accounts. */
const SHOP = '某某家居旗舰店';

/** What each file is, as the demo's last line lists the layouts. */
export const PLATFORM_LAYOUTS = [
  'demo.layout.agents',
  'demo.layout.orderReport',
  'demo.layout.qianniu',
  'demo.layout.reviews',
] as const satisfies readonly MessageKey[];

const crlf = (grid: readonly (readonly string[])[]) =>
  stringify(grid as string[][], { record_delimiter: 'windows' });
/** An ID cell as the order report writes it: wrapped so Excel keeps every digit. */
const wrapped = (id: string) => `="${id}"`;

/** The demo's order titles and a unit price of each, from the order export (订单编号 … 宝贝标题). */
function itemsOf(orders: readonly string[][]): { title: string; price: number }[] {
  const [header, ...rows] = orders;
  const [paid, title, quantity] = ['买家实际支付金额', '宝贝标题', '宝贝总数量'].map((l) =>
    header!.indexOf(l),
  );
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!seen.has(r[title!]!))
      seen.set(
        r[title!]!,
        Math.round((Number(r[paid!]) / Math.max(1, Number(r[quantity!]) || 1)) * 100) / 100,
      );
  }
  return [...seen].map(([t, price]) => ({ title: t, price })).slice(0, 3);
}

export interface PlatformFiles {
  agents: string;
  orders: string;
  qianniu: string;
  reviews: string;
}

/** Writes the four files for the demo's last chat day (the day before `last`). */
export function writePlatformFiles(dir: string, orders: readonly string[][], last: string): PlatformFiles {
  const day = addDays(last, -1);
  const [a, b, c] = itemsOf(orders);
  const [first, second] = DEMO_AGENTS.filter((x) => x.role === 'pre-sale');
  // 小美 keeps her name as the suffix; the second pre-sale agent's is romanised (ajie → 阿杰).
  const xiaomei = `${SHOP}:${first!.name}`;
  const other = `${SHOP}:ajie`;
  const files: PlatformFiles = {
    agents: join(dir, 'spiral-demo-agents.csv'),
    orders: join(dir, 'spiral-demo-orders-60.csv'),
    qianniu: join(dir, 'spiral-demo-qianniu.txt'),
    reviews: join(dir, 'spiral-demo-reviews-taobao.csv'),
  };
  writeFileSync(
    files.agents,
    `\uFEFF${crlf([AGENT_HEADER, [xiaomei, first!.name, '售前', '是'], [other, second!.name, '售前', '是']])}`,
  );
  const qianniu = [
    `qn_demo_1 ${day} 10:02:11`,
    `在吗？${a!.title}有现货吗`,
    `${SHOP}:店小蜜 ${day} 10:02:12`,
    '【自动回复】亲，欢迎光临，客服马上就来',
    `${xiaomei} ${day} 10:02:40`,
    '有现货的亲，今天下单明天发',
    '已读',
    `qn_demo_1 ${day} 10:03:30`,
    `再加一个${b!.title}`,
    '',
    `qn_demo_2 ${day} 15:20:05`,
    `${c!.title}包邮吗`,
    `${other} ${day} 15:21:10`,
    '包邮的亲',
    '已读',
    '',
    `qn_demo_3 ${day} 20:11:00`,
    `${b!.title}能便宜点吗`,
    `${other} ${day} 20:13:30`,
    '亲，已经是活动价了哦',
    `qn_demo_3 ${day} 20:14:10`,
    '那我再看看',
  ];
  writeFileSync(files.qianniu, `${qianniu.join('\r\n')}\r\n`);
  const row = (values: Record<string, string>) => ORDER_REPORT_60_HEADER.map((h) => values[h.trim()] ?? '');
  const both = a!.price + b!.price;
  const order = (id: string, main: string, buyer: string, title: string, values: Record<string, string>) =>
    row({
      订单编号: wrapped(id),
      主订单编号: wrapped(main),
      买家会员名: buyer,
      宝贝标题: title,
      店铺名称: SHOP,
      收货地址: '浙江省 杭州市 西湖区 某路 8 号(310000)',
      订单创建时间: `${day} 10:08:00`,
      ...values,
    });
  // qn_demo_1: one 主订单 of two items, listed once per item, 10 off; qn_demo_2 paid; qn_demo_3 closed unpaid.
  const paidBoth = {
    买家应付货款: both.toFixed(2),
    买家应付邮费: '0.00',
    总金额: both.toFixed(2),
    买家实际支付金额: (both - 10).toFixed(2),
    订单状态: '买家已付款，等待卖家发货',
    订单付款时间: `${day} 10:10:05`,
    宝贝种类: '2',
    宝贝总数量: '2',
    订单关闭原因: '订单未关闭',
  };
  const report = [
    ORDER_REPORT_60_HEADER,
    order('3126119900000000011', '3126119900000000010', 'qn_demo_1', a!.title, paidBoth),
    order('3126119900000000012', '3126119900000000010', 'qn_demo_1', b!.title, paidBoth),
    order('3126119900000000020', '3126119900000000020', 'qn_demo_2', c!.title, {
      买家应付货款: c!.price.toFixed(2),
      买家应付邮费: '0.00',
      总金额: c!.price.toFixed(2),
      买家实际支付金额: c!.price.toFixed(2),
      订单状态: '交易成功',
      订单创建时间: `${day} 15:30:00`,
      订单付款时间: `${day} 15:30:40`,
      宝贝种类: '1',
      宝贝总数量: '1',
      订单关闭原因: '订单未关闭',
    }),
    order('3126119900000000030', '3126119900000000030', 'qn_demo_3', b!.title, {
      买家应付货款: b!.price.toFixed(2),
      买家应付邮费: '10.00',
      总金额: (b!.price + 10).toFixed(2),
      买家实际支付金额: '0.00',
      订单状态: '交易关闭',
      订单创建时间: `${day} 20:15:00`,
      宝贝种类: '1',
      宝贝总数量: '1',
      订单关闭原因: '买家不想买了',
    }),
  ];
  writeFileSync(files.orders, iconv.encode(crlf(report), 'gb18030'));
  const reviews = [
    REVIEW_HEADER,
    [
      `${last} 09:00:00`,
      'q**1',
      a!.title,
      '好评',
      `${a!.title}很舒服，客服小美很耐心`,
      `${last} 21:00:00`,
      '洗了一次不起球, 推荐',
    ],
    [`${last} 10:00:00`, 'q**2', c!.title, '差评', '有股味道，客服也不理人', '', ''],
    [`${last} 11:00:00`, 'q**3', b!.title, '好评', '评价方未及时做出评价,系统默认好评!', '', ''],
    [`${last} 12:00:00`, 'q**4', b!.title, '中评', '一般般', '', ''],
  ];
  writeFileSync(files.reviews, iconv.encode(crlf(reviews), 'gb18030'));
  return files;
}

/** Each file read as `spiral import` reads it and imported into its sheet; a line per file. */
export async function importPlatformFiles(
  wb: WorkbookPort,
  files: PlatformFiles,
  lang: Lang,
): Promise<{ lines: string[]; inquiries: number }> {
  const steps: [keyof PlatformFiles, SheetKey | 'chats', MessageKey][] = [
    ['agents', 'agents', 'demo.layout.agents'],
    ['orders', 'orders', 'demo.layout.orderReport'],
    ['qianniu', 'chats', 'demo.layout.qianniu'],
    ['reviews', 'reviews', 'demo.layout.reviews'],
  ];
  const lines: string[] = [];
  let inquiries = 0;
  for (const [file, sheet, layout] of steps) {
    const exported = await readExport(files[file]);
    const result: ImportResult =
      sheet === 'chats'
        ? importChats(wb, exported.table, { lang })
        : importRecords(wb, sheet, exported.table, { lang });
    if (result.rejected > 0) throw new Error(`demo ${file} file rejected rows`);
    if (sheet === 'chats') inquiries = result.new;
    const summary = say(lang, 'import.summary', {
      file: files[file],
      sheet: result.sheet,
      new: result.new,
      updated: result.updated,
      skipped: result.skipped,
      rejected: result.rejected,
    });
    lines.push(
      say(lang, 'demo.platformFile', { layout: say(lang, layout), format: exported.format, summary }),
    );
    // What the review export's import says (shop assumed, follow-ups, default praise); an order
    // report's notes only list the columns the Orders sheet does not keep.
    if (sheet === 'reviews') for (const note of result.notes) lines.push(`  ${noteText(note, lang)}`);
  }
  return { lines, inquiries };
}
