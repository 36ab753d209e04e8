/** A month tab's desk sections: the competitor-probe tally and the service-experience dimensions. */

import { negativeMention } from '../effects/target-share';
import { say } from '../messages/catalogue';
import type { Period } from '../periods';
import { dimensionRollup } from './dimension-rollup';
import { probeTally } from './probe-tally';
import type { SummaryInput, SummaryModel } from './summary-model';

export function monthlyDesk(
  input: SummaryInput,
  previous: Period,
  unclassified: string,
): Pick<SummaryModel, 'competitorProbes' | 'dimensions'> {
  const taxonomy = input.taxonomy ?? [];
  const lang = input.settings.language;
  return {
    competitorProbes: probeTally(input.probes ?? [], input.period, taxonomy, unclassified),
    dimensions: dimensionRollup(
      {
        inquiries: input.inquiries,
        reviews: input.reviews,
        taxonomy,
        period: input.period,
        previous,
        lang,
        unassigned: say(lang, 'effects.monthly.unassigned'),
      },
      negativeMention(input.polarityRules),
    ),
  };
}
