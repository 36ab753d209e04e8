import * as z from 'zod/mini';

/**
 * The event types a Spiral rule may fire. Every rule file's `event` is one of these:
 *
 * - `category` — the row belongs to a category. params: kind (pre-sale · after-sale · review ·
 *   no-deal), category (stable id), zh and en labels, dimension (seed 002: visual · service ·
 *   process · product · culture, or '' for none).
 * - `points` — a scorecard item earns fixed points. params: item, points.
 * - `points-per-unit` — base + Σ(points × fact value), clamped to [min, max]. params: item,
 *   base (default 0), units [{fact, points}], min, max (optional).
 * - `grade-table` — points looked up by a grade fact. params: item, fact, table {excellent, good,
 *   fair, poor}, blank (points for a missing grade, default 0).
 * - `qualified` — the pay gate passed (pay rules). params: none.
 */
export const EVENT_TYPES = ['category', 'points', 'points-per-unit', 'grade-table', 'qualified'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CATEGORY_KINDS = ['pre-sale', 'after-sale', 'review', 'no-deal'] as const;
export const DIMENSIONS = ['visual', 'service', 'process', 'product', 'culture'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const text = () => z.string().check(z.minLength(1));

export const CategoryParamsSchema = z.object({
  kind: z.enum(CATEGORY_KINDS),
  category: text(),
  zh: text(),
  en: text(),
  dimension: z.enum([...DIMENSIONS, '']),
});
export type CategoryParams = z.infer<typeof CategoryParamsSchema>;

export const PointsParamsSchema = z.object({ item: text(), points: z.number() });
export type PointsParams = z.infer<typeof PointsParamsSchema>;

export const PointsPerUnitParamsSchema = z.object({
  item: text(),
  base: z.optional(z.number()),
  units: z.array(z.object({ fact: text(), points: z.number() })).check(z.minLength(1)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
export type PointsPerUnitParams = z.infer<typeof PointsPerUnitParamsSchema>;

export const GradeTableParamsSchema = z.object({
  item: text(),
  fact: text(),
  table: z.object({ excellent: z.number(), good: z.number(), fair: z.number(), poor: z.number() }),
  blank: z.optional(z.number()),
});
export type GradeTableParams = z.infer<typeof GradeTableParamsSchema>;

export const QualifiedParamsSchema = z.optional(z.object({}));

export const EVENT_PARAMS: Record<EventType, z.ZodMiniType> = {
  category: CategoryParamsSchema,
  points: PointsParamsSchema,
  'points-per-unit': PointsPerUnitParamsSchema,
  'grade-table': GradeTableParamsSchema,
  qualified: QualifiedParamsSchema,
};

export type RuleEvent =
  | { type: 'category'; params: CategoryParams }
  | { type: 'points'; params: PointsParams }
  | { type: 'points-per-unit'; params: PointsPerUnitParams }
  | { type: 'grade-table'; params: GradeTableParams }
  | { type: 'qualified'; params?: Record<string, never> };

/** Event types that award scorecard points; each names the item it scores. */
export type PointsEvent = Extract<RuleEvent, { type: 'points' | 'points-per-unit' | 'grade-table' }>;
