import * as z from 'zod/mini';
import { SCORING_INPUTS } from '../sheets/scorecard-columns';
import { checkCondition, type RuleIssue } from './conditions';
import { zodIssues } from './issue-message';
import type { SpiralRule } from './types';
import {
  type CategoryParams,
  DIMENSIONS,
  EVENT_PARAMS,
  EVENT_TYPES,
  type EventType,
  type PointsEvent,
} from './vocabulary';

/** Facts the scorecard computes for each agent and month (see src/core/scorecard/facts.ts). */
export const SCORECARD_FACTS = [
  // The Scorecard's own inputs (templates/scorecard.json), then what the scorecard computes.
  ...SCORING_INPUTS,
  'refundRate',
  'inquiries',
  'buyers',
  'conversions',
  'conversionRate',
  'conversionIndex',
  'repliedBuyers',
  'replyRate',
  'replyIndex',
  'answeredReplies',
  'medianResponseSeconds',
  'responseIndex',
  'withinThresholdShare',
  'withinIndex',
  'responseThresholdSeconds',
  'retailOrders',
  'averageOrderValue',
  'aovIndex',
  'minimumBase',
] as const;
export const TAXONOMY_FACTS = ['kind', 'text'] as const;
export const PAY_FACTS = [
  'role',
  'level',
  'score',
  'total',
  'percent',
  'gatePercent',
  'conversions',
] as const;

const label = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const nonNegative = () => z.number().check(z.nonnegative());

const RuleShapeSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  priority: z.optional(z.number().check(z.gte(1))),
  // Checked by checkCondition, which names every field on the way down.
  conditions: z.unknown(),
  event: z.strictObject({ type: z.string(), params: z.optional(z.unknown()) }),
});

const keywordList = z.array(z.string().check(z.minLength(1)));

/** Review polarity (issue 11): keywords per review category id, and the negation words. */
const PolaritySchema = z.strictObject({
  description: z.string().check(z.minLength(1)),
  negations: keywordList,
  notNegations: keywordList,
  categories: z.record(z.string(), z.strictObject({ negative: keywordList, positive: keywordList })),
});

const TaxonomyFileSchema = z.strictObject({
  type: z.literal('taxonomy'),
  description: z.string().check(z.minLength(1)),
  dimensions: z.record(z.enum(DIMENSIONS), label),
  rules: z.array(RuleShapeSchema),
  polarity: z.optional(PolaritySchema),
});

/** How an explanation shows a fact; desk-index and threshold-index are shares of the desk's figure or of a Settings target. */
const FORMATS = [
  'percent',
  'count',
  'grade',
  'seconds',
  'money',
  'ratio',
  'text',
  'desk-index',
  'threshold-index',
] as const;
export type FactFormat = (typeof FORMATS)[number];

const ScorecardFileSchema = z.strictObject({
  type: z.literal('scorecard'),
  description: z.string().check(z.minLength(1)),
  role: z.enum(['after-sale', 'pre-sale']),
  total: z.number().check(z.positive()),
  scoreFloor: z.optional(z.number()),
  /** Seed 004: a reply slower than this costs conversion; the Settings sheet overrides it. */
  responseThresholdSeconds: z.optional(z.number().check(z.positive())),
  /** Seed 004: below this many buyers a ratio item scores its middle band; the Settings sheet overrides it. */
  minimumBase: z.optional(z.number().check(z.positive())),
  /** Where blank praise and low-quality review cells are counted from our reviews naming the agent. */
  fromReviews: z.optional(
    z.strictObject({
      praiseCategory: z.string().check(z.minLength(1)),
      lowRatingAtMost: z.number(),
      /** Review categories about the service: a review naming the agent that reads negatively in one is low quality. */
      serviceCategories: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  /** Where blank orders and refunds of after-sale agents are counted from the Orders sheet. */
  fromOrders: z.optional(z.strictObject({ paidWithinDays: z.number().check(z.gte(0)) })),
  items: z.array(z.extend(label, { id: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
  facts: z.partialRecord(
    z.enum(SCORECARD_FACTS),
    z.extend(label, {
      format: z.enum(FORMATS),
      /** Hits and base shown beside a ratio: refundRate 10.96% (33/301). */
      counts: z.optional(z.tuple([z.enum(SCORECARD_FACTS), z.enum(SCORECARD_FACTS)])),
    }),
  ),
  rules: z.array(RuleShapeSchema),
});

const PayFileSchema = z.strictObject({
  type: z.literal('pay'),
  description: z.string().check(z.minLength(1)),
  gatePercent: z.number().check(z.gte(0), z.lte(1)),
  /** 奖金基数: what a 130-of-130 agent earns (per-agent), or the pool split by score (shared-pool). */
  bonusBase: nonNegative(),
  bonusMode: z.enum(['per-agent', 'shared-pool']),
  bonusCap: z.optional(nonNegative()),
  basePay: z.strictObject({ regular: nonNegative(), senior: nonNegative(), lead: nonNegative() }),
  rules: z.array(RuleShapeSchema),
});

type Shape<S extends z.ZodMiniType> = Omit<z.infer<S>, 'rules'>;
export type TaxonomyFile = Shape<typeof TaxonomyFileSchema> & {
  rules: SpiralRule<{ type: 'category'; params: CategoryParams }>[];
};
export type ScorecardFile = Shape<typeof ScorecardFileSchema> & { rules: SpiralRule<PointsEvent>[] };
export type PayFile = Shape<typeof PayFileSchema> & { rules: SpiralRule<{ type: 'qualified' }>[] };
export type RuleFile = TaxonomyFile | ScorecardFile | PayFile;
export type RuleFileType = RuleFile['type'];

const KINDS: Record<RuleFileType, { schema: z.ZodMiniType; events: EventType[]; facts: readonly string[] }> =
  {
    taxonomy: { schema: TaxonomyFileSchema, events: ['category'], facts: TAXONOMY_FACTS },
    scorecard: {
      schema: ScorecardFileSchema,
      events: ['points', 'points-per-unit', 'grade-table'],
      facts: SCORECARD_FACTS,
    },
    pay: { schema: PayFileSchema, events: ['qualified'], facts: PAY_FACTS },
  };

export type ParsedRuleFile<T extends RuleFile = RuleFile> =
  | { ok: true; file: T }
  | { ok: false; messages: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// None of the keys asked about live on Object.prototype, so `in` is an own-key test here.
const has = (o: object, key: string) => key in o;

/**
 * Validates one rule file. Every message names the file, the rule and the field:
 * `scorecard-after-sale.json: rule "refund-rate-5-8": conditions.all[0].operator: unknown operator "x"`.
 */
export function parseRuleFile(fileName: string, json: unknown): ParsedRuleFile {
  if (!isObject(json)) return { ok: false, messages: [`${fileName}: expected a JSON object`] };
  const type = json.type;
  if (typeof type !== 'string' || !(type in KINDS)) {
    const expected = Object.keys(KINDS).join(', ');
    return {
      ok: false,
      messages: [`${fileName}: type: expected one of ${expected}, got ${JSON.stringify(type)}`],
    };
  }
  const kind = KINDS[type as RuleFileType];
  const issues: RuleIssue[] = [];
  const parsed = kind.schema.safeParse(json, { reportInput: true });
  if (!parsed.success) issues.push(...zodIssues(parsed.error.issues));
  const facts = new Set(kind.facts);
  const rules = Array.isArray(json.rules) ? json.rules : [];
  rules.forEach((rule, i) => {
    if (isObject(rule)) issues.push(...checkRule(rule, ['rules', i], kind.events, facts));
  });
  if (parsed.success) issues.push(...crossCheck(json as unknown as RuleFile));
  if (issues.length > 0)
    return { ok: false, messages: issues.map((issue) => formatIssue(fileName, json, issue)) };
  return { ok: true, file: json as unknown as RuleFile };
}

function checkRule(
  rule: Record<string, unknown>,
  path: (string | number)[],
  events: EventType[],
  facts: ReadonlySet<string>,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!has(rule, 'conditions'))
    issues.push({ path: [...path, 'conditions'], message: 'missing field "conditions"' });
  else issues.push(...checkCondition(rule.conditions, [...path, 'conditions'], facts, true));
  const event = rule.event;
  if (!isObject(event) || typeof event.type !== 'string') return issues;
  if (!(EVENT_TYPES as readonly string[]).includes(event.type) || !events.includes(event.type as EventType)) {
    const message = `unknown event type "${event.type}" (expected ${events.join(', ')})`;
    return [...issues, { path: [...path, 'event', 'type'], message }];
  }
  const params = EVENT_PARAMS[event.type as EventType].safeParse(event.params, { reportInput: true });
  if (!params.success) return [...issues, ...zodIssues(params.error.issues, [...path, 'event', 'params'])];
  for (const [where, fact] of eventFacts(event.params)) {
    if (!facts.has(fact))
      issues.push({ path: [...path, 'event', 'params', ...where], message: `unknown fact "${fact}"` });
  }
  return issues;
}

/** Facts named inside event params (points-per-unit units, grade-table fact), with their paths. */
function eventFacts(params: unknown): [(string | number)[], string][] {
  if (!isObject(params)) return [];
  const found: [(string | number)[], string][] = [];
  if (typeof params.fact === 'string') found.push([['fact'], params.fact]);
  if (Array.isArray(params.units)) {
    params.units.forEach((unit, i) => {
      if (isObject(unit) && typeof unit.fact === 'string') found.push([['units', i, 'fact'], unit.fact]);
    });
  }
  return found;
}

/** Checks across rules: unique names, scored items that exist, one kind per taxonomy category. */
function crossCheck(file: RuleFile): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  file.rules.forEach((rule, i) => {
    if (seen.has(rule.name))
      issues.push({ path: ['rules', i, 'name'], message: `duplicate rule name "${rule.name}"` });
    seen.add(rule.name);
  });
  if (file.type === 'taxonomy' && file.polarity) {
    const reviewIds = new Set(
      file.rules.filter((r) => r.event.params.kind === 'review').map((r) => r.event.params.category),
    );
    for (const id of Object.keys(file.polarity.categories)) {
      if (!reviewIds.has(id))
        issues.push({ path: ['polarity', 'categories', id], message: `"${id}" is not a review category` });
    }
  }
  if (file.type === 'scorecard') {
    const items = new Set(file.items.map((item) => item.id));
    file.rules.forEach((rule, i) => {
      if (!items.has(rule.event.params.item)) {
        const message = `item "${rule.event.params.item}" is not listed in "items"`;
        issues.push({ path: ['rules', i, 'event', 'params', 'item'], message });
      }
    });
  }
  return issues;
}

function formatIssue(fileName: string, json: Record<string, unknown>, issue: RuleIssue): string {
  const [first, index, ...rest] = issue.path;
  if (first === 'rules' && typeof index === 'number') {
    const rule = Array.isArray(json.rules) ? json.rules[index] : undefined;
    const name = isObject(rule) && typeof rule.name === 'string' && rule.name !== '' ? rule.name : null;
    const where = name ? `rule "${name}"` : `rules[${index}]`;
    return `${fileName}: ${where}: ${formatPath(rest)}: ${issue.message}`;
  }
  return `${fileName}: ${formatPath(issue.path)}: ${issue.message}`;
}

function formatPath(path: readonly (string | number)[]): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
  return text || '(root)';
}
