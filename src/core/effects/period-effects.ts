/**
 * "What we changed, and did it work" on a summary's first screen: the actions whose whole window
 * (Settings effectWeeks closed weeks after the action's week) had ended by the period's last day,
 * read as of that day, so a period's tab says the same thing whenever it is written.
 */
import type { WorkbookPort } from '../../ports';
import type { TaxonomyRow } from '../classify/taxonomy-rules';
import { say } from '../messages/catalogue';
import type { Inquiry, Problem, Review } from '../sheets/records';
import { columnLabel, enumLabel, type Lang } from '../sheets/template';
import { addDays, type Period } from '../time/periods';
import { type Action, readActions } from './actions';
import { computeEffects, type EffectRow } from './compute-effects';
import { type EffectTarget, resolveTarget } from './target';
import { type NegativeMention, negativeMention } from './target-share';

/** The Actions sheet read, each action's target resolved against the Taxonomy in effect. */
export interface ResolvedActions {
  actions: Action[];
  /** Resolved targets by Actions row; a row without one is `unknown-target`. */
  targets: Map<number, EffectTarget>;
  problems: Problem[];
}

export function resolveActions(
  wb: WorkbookPort,
  entries: readonly TaxonomyRow[],
  lang: Lang,
): ResolvedActions {
  const read = readActions(wb, { lang });
  const problems: Problem[] = [...read.problems];
  const targets = new Map<number, EffectTarget>();
  for (const action of read.records) {
    const resolved = resolveTarget(action.target, entries);
    if (resolved.ok) {
      targets.set(action.row, resolved.target);
      continue;
    }
    const kinds = resolved.kinds.map((k) => enumLabel('categoryKind', k, lang));
    problems.push({
      sheet: read.sheet!,
      row: action.row,
      column: columnLabel('actions', 'target', lang),
      value: action.target,
      reason:
        resolved.reason === 'ambiguous'
          ? say(lang, 'effects.problem.ambiguousTarget', {
              target: action.target,
              kinds: kinds.join(', '),
              example: `${kinds[0]}:${action.target}`,
            })
          : say(lang, 'effects.problem.unknownTarget', { target: action.target }),
      severity: 'warning',
    });
  }
  return { actions: read.records, targets, problems };
}

/** The effects a summary shows: windows ended by the period's end (newest first), and those still watched. */
export interface PeriodEffects {
  ended: EffectRow[];
  /** Actions dated by the period's end whose window had not ended. */
  watching: number;
  /** Settings effectWeeks: the window, in closed weeks after the action's week. */
  weeks: number;
}

export function periodEffects(input: {
  period: Period;
  actions: readonly Action[];
  targets: ReadonlyMap<number, EffectTarget>;
  inquiries: readonly Inquiry[];
  reviews: readonly Review[];
  weeks: number;
  negative?: NegativeMention;
}): PeriodEffects {
  const rows = computeEffects({
    actions: input.actions.filter((a) => a.date <= input.period.end),
    targets: input.targets,
    inquiries: input.inquiries,
    reviews: input.reviews,
    // Read the morning after the period's last day: every week up to its end is closed.
    now: new Date(0),
    timeZone: 'UTC',
    asOf: addDays(input.period.end, 1),
    weeks: input.weeks,
    negative: input.negative ?? negativeMention(),
  });
  const ended = rows.filter((r) => r.afterWeeks.length >= input.weeks && r.label !== 'too-early');
  return { ended, watching: rows.length - ended.length, weeks: input.weeks };
}
