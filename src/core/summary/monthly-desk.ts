/** A month tab's desk sections: the competitor-probe tally and the service-experience dimensions. */

import type { TaxonomyRow } from '../classify/taxonomy-rules';
import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import type { Period } from '../time/periods';
import { dimensionRollup } from './dimension-rollup';
import { type Probe, probeTally } from './probe-tally';
import type { SummaryCounts } from './summary-counts';
import type { SummaryModel } from './summary-model';

export function monthlyDesk(
  input: {
    period: Period;
    counts: SummaryCounts;
    probes?: readonly Probe[];
    taxonomy?: readonly TaxonomyRow[];
    lang: Lang;
  },
  unclassified: string,
): Pick<SummaryModel, 'competitorProbes' | 'dimensions'> {
  const taxonomy = input.taxonomy ?? [];
  const lang = input.lang;
  return {
    competitorProbes: probeTally(input.probes ?? [], input.period, taxonomy, unclassified),
    dimensions: dimensionRollup({
      counts: input.counts,
      taxonomy,
      lang,
      unassigned: say(lang, 'effects.monthly.unassigned'),
    }),
  };
}
