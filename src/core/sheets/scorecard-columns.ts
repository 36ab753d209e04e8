import type { ScorecardRow } from './records';
import { TEMPLATES } from './template';

/** A Scorecard column the team types and a score or a pay depends on. */
export type ScoringInput = Exclude<keyof ScorecardRow, 'row' | 'month' | 'agent'>;

/**
 * The Scorecard's scoring inputs, decided by templates/scorecard.json alone: every column the team
 * types (Spiral writes the `auto` ones) except the month and the agent, which name the row. The
 * reader, the missing-column check, the unpaid-row check and the rule facts all take this list.
 */
export const SCORING_INPUTS: readonly ScoringInput[] = TEMPLATES.scorecard.columns
  .filter((c) => c.auto === undefined && c.key !== 'month' && c.key !== 'agent')
  .map((c) => c.key as ScoringInput);

/** The list of allowed values of each enumerated scoring input (role, level, the four grades). */
export const SCORING_ENUMS: Partial<Record<ScoringInput, string>> = Object.fromEntries(
  TEMPLATES.scorecard.columns.filter((c) => c.enum !== undefined).map((c) => [c.key, c.enum]),
);
