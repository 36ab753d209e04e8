import { describe, expect, it } from 'vitest';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { readText } from '../../../src/core/reading/reader';
import { readerOf } from '../../../src/core/reading/taxonomy-reader';

const reader = readerOf(defaultTaxonomyRows('zh'), 'review');

/**
 * Sentences written for this test, each holding a word that looks like a category's keyword (or a
 * polarity word) inside a longer word or in another sense: the category named must be the right
 * one, never the look-alike's (issue 20 item 3: each category's keywords checked for false matches).
 */
// biome-ignore format: one sentence per line
const CASES: { text: string; under?: string[]; not: string[] }[] = [
  { text: '颜色和图片差不多，挺满意', under: ['花色'], not: ['尺寸与描述不符'] },
  { text: '炒饭的味道很香，分量也足', under: ['口味', '菜品', '分量'], not: ['气味'] },
  { text: '鞋子有股味道，放阳台散了两天', under: ['气味'], not: ['口味'] },
  { text: '菜鸟驿站离家很近', under: ['快递'], not: ['菜品'] },
  { text: '面料很厚实，里面还有说明书', under: ['产品质量'], not: ['菜品'] },
  { text: '咖啡色很耐脏', under: ['花色'], not: ['菜品'] },
  { text: '给了三星，穿上很美的', not: ['品牌'] },
  { text: '早上喝了一碗小米粥', under: ['菜品'], not: ['品牌'] },
  { text: '快递公司是中通', under: ['快递'], not: ['品牌'] },
  { text: '处理器很快，玩游戏不卡', under: ['效果'], not: ['售后服务态度', '快递'] },
  { text: '完蛋了，肉眼就能看到划痕', not: ['菜品'] },
  { text: '换汤不换药，还是老样子', not: ['菜品'] },
  { text: '质量很好，重量也轻', under: ['产品质量'], not: ['分量'] },
  { text: '宝宝很喜欢这个玩具', under: ['孩子家人喜欢'], not: ['菜品', '品牌'] },
  { text: '开机速度很快', under: ['效果'], not: ['快递'] },
  { text: '物流速度很快', under: ['快递'], not: ['效果'] },
  { text: '安装师傅上门很准时', under: ['安装'], not: ['快递员'] },
  { text: '外卖师傅很辛苦', under: ['快递员'], not: ['安装'] },
];

// Polarity look-alikes: 特别 is no 别, 慢慢 no 慢, 好不好 no 不好, 有没有 no 没有.
const POLARITY: { text: string; overall: 'negative' | 'neutral' | 'positive' }[] = [
  { text: '特别喜欢这个颜色', overall: 'positive' },
  { text: '慢慢用了一个月，效果很好', overall: 'positive' },
  { text: '不知道好不好用，先用用看', overall: 'neutral' },
  { text: '有没有赠品都无所谓，东西好就行', overall: 'positive' },
];

describe('category keywords do not match their look-alikes', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const named = readText(reader, c.text).aspects.map((a) => a.category);
    for (const category of c.under ?? []) expect(named, `${c.text} under ${category}`).toContain(category);
    for (const category of c.not) expect(named, `${c.text} not under ${category}`).not.toContain(category);
  });

  it.each(POLARITY.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(readText(reader, c.text).overall).toBe(c.overall);
  });
});
