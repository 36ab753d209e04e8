import type { Channel, CustomerType, Inquiry, Stage, TransactionType } from '../../core/sheets';
import { addDays, isoWeekday } from '../../core/time';
import {
  CUSTOMER_TYPE_WEIGHTS,
  DEMO_AGENTS,
  DEMO_PRODUCTS,
  type DemoAgent,
  type DemoProduct,
  SMELL_PRODUCT,
} from './catalog';
import { CustomerBook } from './customers';
import { type DemoPeriod, isFestival, isLull } from './period';
import {
  AFTER_SALE_QUESTIONS,
  EMOJI,
  FOLLOW_UPS,
  fill,
  fitting,
  GREETINGS,
  JOINERS,
  joinSentences,
  NOTES,
  PRE_SALE_QUESTIONS,
  QUESTION_NOISE,
  toHalfWidthPunctuation,
  WHOLESALE_QUESTIONS,
} from './phrases';
import type { Rng } from './random';

export type DemoInquiry = Omit<Inquiry, 'row'>;

const BASE_CONVERSION: Record<CustomerType, number> = {
  new: 0.42,
  returning: 0.68,
  wholesaler: 0.32,
  distributor: 0.45,
};

const TRANSACTION: Record<CustomerType, TransactionType> = {
  new: 'retail',
  returning: 'retail',
  wholesaler: 'wholesale',
  distributor: 'distribution',
};

/** The no-deal reason a conversation about each pre-sale category usually ends with. */
const REASON_FOR_CATEGORY: Record<string, string> = {
  价格优惠: '价格太高',
  赠品: '赠品不满意',
  运费: '运费太贵',
  库存: '缺货',
  尺寸规格: '尺寸规格不合适',
  发货时效: '发货太慢',
  材质安全: '信任评价',
  其他: '比较犹豫',
};

/** The post-双11 lull's share of a usual day's chats. */
const LULL = 0.5;

/** Generates the inquiry log day by day; the planted signals are documented in generate-demo.ts. */
export function generateInquiries(rng: Rng, period: DemoPeriod): DemoInquiry[] {
  const book = new CustomerBook(rng);
  const inquiries: DemoInquiry[] = [];
  for (let day = 0; day < period.days; day++) {
    const date = addDays(period.start, day);
    const weekend = isoWeekday(date) >= 6;
    const mean = 22 * (weekend ? 1.15 : 1) * (isFestival(date) ? 1.45 : isLull(date) ? LULL : 1);
    const count = Math.round(mean * rng.between(0.8, 1.2));
    const context: DayContext = {
      date,
      progress: period.days > 1 ? day / (period.days - 1) : 0,
      late: Math.floor(day / 7) >= period.lateFromWeek,
      busy: isFestival(date),
      lull: isLull(date),
    };
    for (let i = 0; i < count; i++) {
      const stage: Stage = rng.chance(0.72) ? 'pre-sale' : 'after-sale';
      inquiries.push(stage === 'pre-sale' ? preSale(rng, book, context) : afterSale(rng, book, context));
    }
  }
  return inquiries;
}

interface DayContext {
  date: string;
  progress: number;
  late: boolean;
  busy: boolean;
  lull: boolean;
}

function preSale(rng: Rng, book: CustomerBook, day: DayContext): DemoInquiry {
  const agent = pickAgent(rng, 'pre-sale');
  const drawn = rng.weighted(CUSTOMER_TYPE_WEIGHTS['pre-sale']);
  // In the lull the wholesale trade has stocked up before 双11: its buyers do not come.
  const type = day.lull && (drawn === 'wholesaler' || drawn === 'distributor') ? 'new' : drawn;
  const product = pickProduct(rng, day.progress);
  const customer = book.forPreSale(type, product.name, day.date);
  const category = rng.weighted(preSaleCategoryWeights(day.late));
  const seconds = firstResponse(rng, agent, day.busy, customer.channel);
  const wholesale = type === 'wholesaler' || type === 'distributor';
  const probability =
    BASE_CONVERSION[type] *
    (customer.channel === 'phone' ? 1.1 : customer.channel === 'wechat' ? 1.12 : 1) *
    responseFactor(seconds) *
    categoryFactor(category, day.late);
  const converted = rng.chance(Math.min(0.95, probability));
  if (converted) book.bought(customer, day.date);
  return {
    date: day.date,
    agent: agent.name,
    customerId: customer.id,
    customerType: type,
    channel: customer.channel,
    stage: 'pre-sale',
    question: preSaleQuestion(rng, category, product.name, wholesale, day.late),
    questionCategory: '',
    converted,
    transactionType: TRANSACTION[type],
    amount: converted ? amountFor(rng, product, type) : null,
    product: product.name,
    region: customer.region,
    noDealReason: converted ? '' : noDealReason(rng, category, seconds, day.late),
    followUp: rng.pick(converted ? FOLLOW_UPS.converted : wholesale ? FOLLOW_UPS.wholesale : FOLLOW_UPS.lost),
    firstResponseSeconds: seconds,
    note: rng.chance(0.06) ? rng.pick(NOTES) : '',
  };
}

function afterSale(rng: Rng, book: CustomerBook, day: DayContext): DemoInquiry {
  const agent = pickAgent(rng, 'after-sale');
  const customer = book.forAfterSale(
    rng.weighted(CUSTOMER_TYPE_WEIGHTS['after-sale']),
    () => pickProduct(rng, day.progress),
    day.date,
  );
  const smelly = customer.product === SMELL_PRODUCT;
  const category = rng.weighted([
    ['快递问题', day.busy ? 34 : 24],
    ['错发漏发', 12],
    ['赠品损坏', 6],
    ['产品损坏', 14],
    ['使用方法', 16],
    ['尺寸与描述不符', 12],
    ['气味材质安全', smelly ? 90 : 4],
  ]);
  const text = fill(rng.pick(fitting(AFTER_SALE_QUESTIONS[category]!, customer.product)), {
    p: customer.product,
  });
  return {
    date: day.date,
    agent: agent.name,
    customerId: customer.id,
    customerType: customer.type,
    channel: customer.channel,
    stage: 'after-sale',
    question: decorate(rng, rng.chance(0.04) ? rng.pick(QUESTION_NOISE) : text, EMOJI.upset),
    questionCategory: '',
    converted: null,
    transactionType: TRANSACTION[customer.type],
    amount: null,
    product: customer.product,
    region: customer.region,
    noDealReason: '',
    followUp: rng.pick(FOLLOW_UPS.afterSale[category]!),
    firstResponseSeconds: firstResponse(rng, agent, day.busy, customer.channel),
    note: rng.chance(0.04) ? rng.pick(NOTES) : '',
  };
}

function pickAgent(rng: Rng, role: Stage): DemoAgent {
  return rng.weighted(
    DEMO_AGENTS.filter((agent) => agent.role === role).map((agent) => [agent, agent.workload]),
  );
}

function pickProduct(rng: Rng, progress: number): DemoProduct {
  return rng.weighted(
    DEMO_PRODUCTS.map((product) => [
      product,
      product.weightStart + (product.weightEnd - product.weightStart) * progress,
    ]),
  );
}

/** In the last three weeks a competitor's better gifts make gift questions common (seed 000). */
function preSaleCategoryWeights(late: boolean): [string, number][] {
  return [
    ['价格优惠', 22],
    ['赠品', late ? 22 : 7],
    ['运费', 10],
    ['库存', 8],
    ['尺寸规格', 18],
    ['发货时效', 14],
    ['材质安全', 12],
    ['其他', 6],
  ];
}

/** Right-skewed: most replies 5–60 s around the agent's median, a tail beyond 120 s; phone calls have no typed reply. */
function firstResponse(rng: Rng, agent: DemoAgent, busy: boolean, channel: Channel): number | null {
  if (channel === 'phone' && rng.chance(0.7)) return null;
  if (rng.chance(agent.slowShare * (busy ? 1.5 : 1))) return Math.round(121 + rng.exponential(150));
  return Math.min(118, Math.max(2, Math.round(agent.medianSeconds * Math.exp(0.6 * rng.normal()))));
}

/** Seed 004: replies slower than two minutes cost conversion. */
function responseFactor(seconds: number | null): number {
  if (seconds === null || seconds <= 30) return 1;
  if (seconds <= 60) return 0.9;
  if (seconds <= 120) return 0.78;
  return 0.42;
}

function categoryFactor(category: string, late: boolean): number {
  if (category === '赠品') return late ? 0.55 : 0.95;
  if (category === '价格优惠') return 0.85;
  if (category === '库存') return 0.8;
  if (category === '运费') return 0.9;
  return 1;
}

function noDealReason(rng: Rng, category: string, seconds: number | null, late: boolean): string {
  if (rng.chance(0.12)) return '';
  if (seconds !== null && seconds > 120 && rng.chance(0.45)) return '回复太慢';
  if (rng.chance(category === '赠品' && late ? 0.8 : 0.5)) return REASON_FOR_CATEGORY[category] ?? '其他';
  return rng.weighted([
    ['价格太高', 24],
    ['赠品不满意', late ? 16 : 4],
    ['运费太贵', 7],
    ['缺货', 5],
    ['尺寸规格不合适', 8],
    ['发货太慢', 6],
    ['比较犹豫', 26],
    ['信任评价', 8],
    ['回复太慢', 3],
    ['其他', 5],
  ]);
}

function preSaleQuestion(
  rng: Rng,
  category: string,
  product: string,
  wholesale: boolean,
  late: boolean,
): string {
  if (rng.chance(0.07)) return decorate(rng, rng.pick(QUESTION_NOISE), EMOJI.asking);
  const wholesaleBank = wholesale ? WHOLESALE_QUESTIONS[category] : undefined;
  const bank = wholesaleBank && rng.chance(0.7) ? wholesaleBank : PRE_SALE_QUESTIONS[category]!;
  let text = fill(rng.pick(fitting(bank, product)), { p: product });
  if (rng.chance(0.15)) {
    const others = preSaleCategoryWeights(late).filter(([label]) => label !== category);
    const second = fitting(PRE_SALE_QUESTIONS[rng.weighted(others)]!, product);
    text = joinSentences(text, fill(rng.pick(second), { p: product }), rng.pick(JOINERS));
  }
  return decorate(rng, text, EMOJI.asking);
}

function decorate(rng: Rng, text: string, emoji: readonly string[]): string {
  let result = rng.chance(0.25) ? rng.pick(GREETINGS) + text : text;
  if (rng.chance(0.1)) result += rng.pick(emoji);
  return rng.chance(0.08) ? toHalfWidthPunctuation(result) : result;
}

function amountFor(rng: Rng, product: DemoProduct, type: CustomerType): number {
  if (type === 'wholesaler') return Math.round(product.price * 0.62 * rng.int(2, 20) * 10);
  if (type === 'distributor') return Math.round(product.price * 0.72 * rng.int(5, 40));
  const quantity = rng.weighted([
    [1, 75],
    [2, 20],
    [3, 5],
  ]);
  const discount = rng.chance(0.35) ? 0.9 : 1;
  return Math.round(product.price * quantity * discount * 100) / 100;
}
