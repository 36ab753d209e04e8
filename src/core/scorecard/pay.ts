import type { Engine } from 'json-rules-engine';
import { createEngine } from '../rules/engine';
import type { PayFile } from '../rules/rule-file';
import { runRules } from '../rules/run-rules';
import type { Level, Role } from '../sheets/records';
import type { Lang } from '../sheets/template';
import type { PaySettings } from './policy';

/** Money to the cent, half away from zero on the decimal value (1.005 → 1.01, not 1.00). */
export function roundMoney(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  const sign = amount < 0 ? -1 : 1;
  const text = String(Math.abs(amount));
  // Round the shortest decimal text of the number, so binary fractions like 1.005 round as written.
  const cents = text.includes('e') ? Math.round(Math.abs(amount) * 100) : Math.round(Number(`${text}e2`));
  return (sign * cents) / 100 || 0;
}

export interface GateOutcome {
  qualified: boolean;
  /** The gate rule that decided (the one that fired, else the first pay rule). */
  gateRule: string;
  basePay: number;
}

export interface PayScheme {
  file: PayFile;
  engine: Engine;
}

export function payScheme(file: PayFile): PayScheme {
  return { file, engine: createEngine(file.rules) };
}

/**
 * Seed 003's gate: the gate rule decides on percent = score / total against gatePercent (and, for
 * a pre-sale agent, on having converted somebody); base pay is the level's. The bonus needs the
 * whole month (a shared pool), so it is assigned afterwards by assignBonuses.
 */
export async function evaluateGate(
  scheme: PayScheme,
  agent: { role: Role; level: Level; score: number; total: number; conversions: number | null },
  settings: PaySettings,
  lang: Lang = 'en',
): Promise<GateOutcome> {
  const percent = agent.score / agent.total;
  const facts = {
    role: agent.role,
    level: agent.level,
    score: agent.score,
    total: agent.total,
    percent,
    gatePercent: settings.gatePercent,
    conversions: agent.conversions,
  };
  const { results } = await runRules(
    scheme.engine,
    facts,
    { file: 'pay.json', rules: scheme.file.rules },
    lang,
  );
  const fired = results.find((result) => result.event?.type === 'qualified');
  return {
    qualified: fired !== undefined,
    gateRule: fired?.name ?? scheme.file.rules[0]?.name ?? '',
    basePay: roundMoney(settings.basePay[agent.level]),
  };
}

/** How one bonus was reached, for the explanation. */
export interface BonusBasis {
  mode: PaySettings['bonusMode'];
  base: number;
  /** per-agent: the card's total; shared-pool: the qualified agents' scores summed. */
  divisor: number;
  /** The bonus before the cap; equal to the bonus when the cap did not bite. */
  uncapped: number;
  cap: number | null;
}

export interface Bonus {
  bonus: number;
  basis: BonusBasis;
}

/**
 * The month's bonuses. per-agent (seed 003): base × score / total for each qualified agent.
 * shared-pool: the base is one pool split among the qualified agents in proportion to score, in
 * whole cents by largest remainder so the bonuses sum to the pool exactly. The cap is applied
 * last; what it takes off a pool is not handed to the others. Not qualified → 0.
 */
export function assignBonuses(
  agents: readonly { qualified: boolean; score: number; total: number }[],
  settings: Pick<PaySettings, 'bonusBase' | 'bonusMode' | 'bonusCap'>,
): Bonus[] {
  const { bonusBase: base, bonusMode: mode, bonusCap: cap } = settings;
  const capped = (uncapped: number, divisor: number): Bonus => ({
    bonus: cap === null ? uncapped : Math.min(uncapped, roundMoney(cap)),
    basis: { mode, base, divisor, uncapped, cap },
  });
  if (mode === 'per-agent') {
    return agents.map((a) => capped(a.qualified ? roundMoney((base * a.score) / a.total) : 0, a.total));
  }
  const scores = agents.map((a) => (a.qualified ? Math.max(0, a.score) : 0));
  const sum = scores.reduce((s, x) => s + x, 0);
  const cents = Math.round(base * 100);
  if (sum <= 0) return agents.map(() => capped(0, 0));
  const raw = scores.map((s) => (cents * s) / sum);
  // A hair below the integer counts as the integer: 0.1 + 0.2 style noise must not lose a cent.
  const whole = raw.map((r) => Math.floor(r + 1e-9));
  let left = cents - whole.reduce((s, x) => s + x, 0);
  const order = raw
    .map((r, i) => ({ i, rest: r - whole[i]! }))
    .filter(({ i }) => scores[i]! > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = whole[i]! + 1;
    left--;
  }
  return whole.map((c) => capped(c / 100, sum));
}
