import type { Engine } from 'json-rules-engine';
import type { Level, Role } from '../records';
import { createEngine } from '../rules/engine';
import type { PaySettings } from '../rules/policy';
import type { PayFile } from '../rules/rule-file';

/** Money to the cent, half away from zero on the decimal value (1.005 → 1.01, not 1.00). */
export function roundMoney(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  const sign = amount < 0 ? -1 : 1;
  const text = String(Math.abs(amount));
  // Round the shortest decimal text of the number, so binary fractions like 1.005 round as written.
  const cents = text.includes('e') ? Math.round(Math.abs(amount) * 100) : Math.round(Number(`${text}e2`));
  return (sign * cents) / 100 || 0;
}

export interface PayOutcome {
  qualified: boolean;
  /** The gate rule that decided (the one that fired, else the first pay rule). */
  gateRule: string;
  bonus: number;
  basePay: number;
  pay: number;
}

export interface PayScheme {
  file: PayFile;
  engine: Engine;
}

export function payScheme(file: PayFile): PayScheme {
  return { file, engine: createEngine(file.rules) };
}

/**
 * Seed 003's pay: the gate rule decides on percent = score / total against gatePercent; a
 * qualified agent earns pool × score / total, otherwise nothing; pay = base pay of the level + bonus.
 */
export async function evaluatePay(
  scheme: PayScheme,
  agent: { role: Role; level: Level; score: number; total: number },
  settings: PaySettings,
): Promise<PayOutcome> {
  const percent = agent.score / agent.total;
  const { results } = await scheme.engine.run({
    role: agent.role,
    level: agent.level,
    score: agent.score,
    total: agent.total,
    percent,
    gatePercent: settings.gatePercent,
  });
  const fired = results.find((result) => result.event?.type === 'qualified');
  const qualified = fired !== undefined;
  const bonus = qualified ? roundMoney((settings.bonusPool * agent.score) / agent.total) : 0;
  const basePay = roundMoney(settings.basePay[agent.level]);
  return {
    qualified,
    gateRule: fired?.name ?? scheme.file.rules[0]?.name ?? '',
    bonus,
    basePay,
    pay: roundMoney(basePay + bonus),
  };
}
