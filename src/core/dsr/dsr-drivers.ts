/**
 * Which review categories drive each DSR score, from templates/dsr-drivers.json (validated on
 * load): the keys name review categories of rules/taxonomy.json, read in either language.
 */
import * as z from 'zod/mini';
import drivers from '../../../templates/dsr-drivers.json';
import { defaultRuleBook } from '../rules/default-rules';
import { formatIssues } from '../sheets/schema-issues';
import { normalizeLabel } from '../sheets/template';
import { DSR_SCORES, type DsrScore } from './dsr-sheet';

const GroupSchema = z.object({ categories: z.array(z.string()), labels: z.array(z.string()) });
const DriversSchema = z.object({
  description: z.string(),
  scores: z.object({ description: GroupSchema, service: GroupSchema, logistics: GroupSchema }),
});

/** Per score, the normalised labels (zh and en) of the review categories that drive it. */
export type DsrDrivers = Record<
  DsrScore,
  { labels: ReadonlySet<string>; shown: { zh: string[]; en: string[] } }
>;

export function parseDsrDrivers(json: unknown, file = 'templates/dsr-drivers.json'): DsrDrivers {
  const parsed = DriversSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${formatIssues(parsed.error.issues)}`);
  const review = new Map(
    defaultRuleBook()
      .taxonomy.rules.map((r) => r.event.params)
      .filter((p) => p.kind === 'review')
      .map((p) => [p.category, p] as const),
  );
  const out = {} as DsrDrivers;
  for (const score of DSR_SCORES) {
    const group = parsed.data.scores[score];
    const zh: string[] = [];
    const en: string[] = [];
    group.categories.forEach((key, i) => {
      const params = review.get(key);
      if (!params)
        throw new Error(`${file}: scores.${score}.categories.${i}: "${key}" is not a review category`);
      zh.push(params.zh);
      en.push(params.en);
    });
    const labels = new Set([...zh, ...en, ...group.labels].map(normalizeLabel));
    out[score] = { labels, shown: { zh: [...zh, ...group.labels], en: [...en, ...group.labels] } };
  }
  return out;
}

let cached: DsrDrivers | null = null;

/** The shipped mapping, parsed once. */
export function dsrDrivers(): DsrDrivers {
  cached ??= parseDsrDrivers(drivers);
  return cached;
}
