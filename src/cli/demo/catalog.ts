import type { Competitor, CustomerType, Level, Role } from '../../core/sheets';

/** One of our service agents, with the habits the generator gives them. */
export interface DemoAgent {
  name: string;
  role: Role;
  level: Level;
  /** Median first response of the usual, attentive replies. */
  medianSeconds: number;
  /** Share of replies that fall in the slow tail beyond 120 s. */
  slowShare: number;
  /** Relative share of the desk's conversations. */
  workload: number;
  /** 0–1: how well the month's grades tend to go. */
  form: number;
}

export const DEMO_AGENTS: readonly DemoAgent[] = [
  {
    name: '小美',
    role: 'pre-sale',
    level: 'lead',
    medianSeconds: 11,
    slowShare: 0.04,
    workload: 1.2,
    form: 0.9,
  },
  {
    name: '阿杰',
    role: 'pre-sale',
    level: 'senior',
    medianSeconds: 15,
    slowShare: 0.07,
    workload: 1.1,
    form: 0.7,
  },
  {
    name: '婷婷',
    role: 'pre-sale',
    level: 'regular',
    medianSeconds: 27,
    slowShare: 0.24,
    workload: 0.9,
    form: 0.2,
  },
  {
    name: '小雨',
    role: 'pre-sale',
    level: 'regular',
    medianSeconds: 17,
    slowShare: 0.1,
    workload: 1.0,
    form: 0.55,
  },
  {
    name: '阿芳',
    role: 'after-sale',
    level: 'senior',
    medianSeconds: 20,
    slowShare: 0.08,
    workload: 1.2,
    form: 0.8,
  },
  {
    name: '大伟',
    role: 'after-sale',
    level: 'regular',
    medianSeconds: 30,
    slowShare: 0.16,
    workload: 1.0,
    form: 0.35,
  },
  {
    name: '晓琳',
    role: 'after-sale',
    level: 'lead',
    medianSeconds: 16,
    slowShare: 0.06,
    workload: 0.8,
    form: 0.85,
  },
];

/** A product of ours: price in yuan, popularity at the start and at the end of the period. */
export interface DemoProduct {
  name: string;
  price: number;
  weightStart: number;
  weightEnd: number;
}

/** Hot items (四件套, 爬行垫, 浴巾), seasonal ones rising into winter, and a slow tail. */
export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { name: '全棉磨毛四件套', price: 239, weightStart: 16, weightEnd: 15 },
  { name: '儿童卡通纯棉四件套', price: 169, weightStart: 14, weightEnd: 13 },
  { name: '宝宝加厚爬行垫', price: 129, weightStart: 12, weightEnd: 12 },
  { name: '婴儿纱布浴巾', price: 59, weightStart: 11, weightEnd: 10 },
  { name: '水洗棉夏凉被', price: 139, weightStart: 8, weightEnd: 2 },
  { name: '珊瑚绒毛毯', price: 89, weightStart: 3, weightEnd: 12 },
  { name: '白鸭绒羽绒被芯', price: 499, weightStart: 2, weightEnd: 10 },
  { name: '儿童防踢睡袋', price: 119, weightStart: 5, weightEnd: 8 },
  { name: '儿童乳胶枕', price: 99, weightStart: 5, weightEnd: 5 },
  { name: '纯棉枕套一对', price: 39, weightStart: 5, weightEnd: 5 },
  { name: '防滑床笠', price: 69, weightStart: 5, weightEnd: 4 },
  { name: '婴儿床围', price: 159, weightStart: 1.5, weightEnd: 1.2 },
  { name: '儿童游戏帐篷', price: 199, weightStart: 1, weightEnd: 1 },
  { name: '竹纤维毛巾礼盒', price: 79, weightStart: 1.2, weightEnd: 1.8 },
  { name: '桑蚕丝被', price: 899, weightStart: 1, weightEnd: 0.8 },
];

/** The product whose reviews and after-sale chats keep mentioning a smell (XPE foam). */
export const SMELL_PRODUCT = '宝宝加厚爬行垫';

/** The core competitor whose reviews praise their agents far more often than ours (seed 000). */
export const PRAISE_COMPETITOR = '暖暖家纺旗舰店';

export const DEMO_COMPETITORS: readonly Omit<Competitor, 'row'>[] = [
  { name: PRAISE_COMPETITOR, shop: 'https://nuannuanjiafang.tmall.com', coreProduct: '全棉磨毛四件套' },
  { name: '小棉袄母婴专营店', shop: 'https://xiaomianao.tmall.com', coreProduct: '宝宝爬行垫' },
];

/** Competitors' products and the agent names their reviews praise. */
export const COMPETITOR_LINES: Record<string, { products: readonly string[]; agents: readonly string[] }> = {
  [PRAISE_COMPETITOR]: {
    products: ['暖暖全棉四件套', '暖暖水洗棉被', '暖暖珊瑚绒毯', '暖暖儿童四件套', '暖暖羽绒被'],
    agents: ['小暖', '糖糖', '可可'],
  },
  小棉袄母婴专营店: {
    products: ['小棉袄爬行垫', '小棉袄婴儿浴巾', '小棉袄儿童睡袋', '小棉袄婴儿床围'],
    agents: ['贝贝', '阿宁'],
  },
};

/** Provinces weighted roughly by online-shopping volume. */
export const REGIONS: readonly (readonly [string, number])[] = [
  ['广东', 12],
  ['浙江', 9],
  ['江苏', 9],
  ['山东', 7],
  ['河南', 6],
  ['四川', 5],
  ['上海', 5],
  ['北京', 5],
  ['福建', 5],
  ['湖北', 4],
  ['湖南', 4],
  ['河北', 4],
  ['安徽', 4],
  ['辽宁', 2.5],
  ['陕西', 2.5],
  ['江西', 2.5],
  ['广西', 2],
  ['重庆', 2.5],
  ['云南', 2],
  ['天津', 2],
  ['山西', 1.5],
  ['黑龙江', 1.5],
  ['吉林', 1],
  ['贵州', 1],
  ['内蒙古', 0.8],
  ['新疆', 0.8],
  ['甘肃', 0.6],
  ['海南', 0.6],
  ['宁夏', 0.3],
  ['青海', 0.2],
  ['西藏', 0.1],
];

/** Wholesale buyers' home towns (1688 buyers cluster around the big wholesale markets). */
export const WHOLESALE_TOWNS: readonly (readonly [string, string])[] = [
  ['义乌', '浙江'],
  ['临沂', '山东'],
  ['广州', '广东'],
  ['南通', '江苏'],
  ['郑州', '河南'],
  ['成都', '四川'],
  ['石家庄', '河北'],
  ['长沙', '湖南'],
  ['合肥', '安徽'],
  ['沈阳', '辽宁'],
];

export const WHOLESALE_WORDS: readonly string[] = [
  '恒源',
  '佳禾',
  '宝贝屋',
  '锦绣',
  '鑫达',
  '好孩子',
  '优品',
  '福满',
];
export const WHOLESALE_SUFFIXES: readonly string[] = ['商贸', '母婴店', '家纺城', '百货', '童装批发'];

/** Pieces of Taobao nicknames (旺旺名). */
export const NICK_HEADS: readonly string[] = [
  '小鱼儿',
  '快乐宝妈',
  'momo',
  '糖果屋',
  'sunny',
  '一只猫',
  '豆豆妈',
  'jessica',
  '云朵朵',
  '安安妈咪',
  '木子李',
  'lily',
  '小太阳',
  '阿狸',
  '橙子',
  '夏天的风',
  '天天向上',
  '奶茶不加糖',
  '米粒麻麻',
  '王小二',
];

export const CUSTOMER_TYPE_WEIGHTS: Record<
  'pre-sale' | 'after-sale',
  readonly (readonly [CustomerType, number])[]
> = {
  'pre-sale': [
    ['new', 62],
    ['returning', 22],
    ['wholesaler', 9],
    ['distributor', 7],
  ],
  'after-sale': [
    ['new', 55],
    ['returning', 35],
    ['wholesaler', 5],
    ['distributor', 5],
  ],
};
