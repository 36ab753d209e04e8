/**
 * The thresholds 建议角色 is read by (seed 002's product roles), from templates/product-roles.json,
 * validated on load: data, so a team's own numbers never need a code change.
 */
import * as z from 'zod/mini';
import rulesFile from '../../../templates/product-roles.json';
import { formatIssues } from '../sheets/schema-issues';

const share = () => z.number().check(z.gte(0), z.lte(1));
const RoleRulesSchema = z.object({
  description: z.string(),
  windowDays: z.int().check(z.gte(7), z.lte(730)),
  minimumOrders: z.int().check(z.gte(1)),
  priceBand: z.object({ low: z.number().check(z.positive()) }),
  channel: z.object({ tradeShare: share() }),
  promotion: z.object({ discount: share(), discountedShare: share() }),
  traffic: z.object({ orderShare: share() }),
  profit: z.object({ salesShare: share() }),
});
export type RoleRules = z.infer<typeof RoleRulesSchema>;

export function parseRoleRules(json: unknown, file = 'templates/product-roles.json'): RoleRules {
  const parsed = RoleRulesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

let cached: RoleRules | null = null;

/** The shipped thresholds, parsed once. */
export function roleRules(): RoleRules {
  cached ??= parseRoleRules(rulesFile);
  return cached;
}
