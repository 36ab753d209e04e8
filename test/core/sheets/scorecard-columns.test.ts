/**
 * The Scorecard's scoring inputs are decided by templates/scorecard.json alone (STYLE.md: one
 * decision per rule): the reader, the missing-column check, the unpaid-row check and the rule facts
 * take the one derived list, and no source file spells the list again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCORECARD_FACTS } from '../../../src/core/rules/rule-file';
import { scorecardFacts } from '../../../src/core/scorecard/facts';
import { installTemplates } from '../../../src/core/setup/install';
import { NEEDS } from '../../../src/core/sheets/needs';
import { SCORING_INPUTS } from '../../../src/core/sheets/scorecard-columns';
import { readScorecard } from '../../../src/core/sheets/tables';
import { TEMPLATES } from '../../../src/core/sheets/template';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe("the Scorecard's scoring inputs", () => {
  it('are the columns the team types, from the template: not the month and agent, nor what Spiral writes', () => {
    expect(SCORING_INPUTS[0]).toBe('role');
    expect(SCORING_INPUTS.at(-1)).toBe('outstandingPoints');
    expect(SCORING_INPUTS).toHaveLength(15);
    const auto = TEMPLATES.scorecard.columns.filter((c) => c.auto).map((c) => c.key);
    expect(auto).toContain('pay');
    for (const key of [...auto, 'month', 'agent']) expect(SCORING_INPUTS).not.toContain(key);
  });

  it('are what the reader gives, what the check needs, and facts the rules may read', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb, { language: 'en' });
    const header = TEMPLATES.scorecard.columns.map((c) => c.en);
    const row = TEMPLATES.scorecard.columns.map((c) =>
      c.key === 'month'
        ? '2026-11'
        : c.key === 'agent'
          ? 'Ann'
          : c.key === 'role'
            ? 'after-sale'
            : c.key === 'level'
              ? 'regular'
              : c.enum === 'grade'
                ? 'good'
                : c.type === 'number' && !c.auto
                  ? 2
                  : '',
    );
    wb.write('Scorecard', 1, 1, [header, row]);
    const [record] = readScorecard(wb).records;
    expect(Object.keys(record!).filter((k) => !['row', 'month', 'agent'].includes(k))).toEqual([
      ...SCORING_INPUTS,
    ]);
    expect(record).toMatchObject({ role: 'after-sale', quality: 'good', refunds: 2, outstandingPoints: 2 });
    expect(NEEDS.scorecard[0]!.columns).toEqual(SCORING_INPUTS);
    const facts = scorecardFacts(record!, null, { responseThresholdSeconds: 120, minimumBase: 5 });
    for (const key of SCORING_INPUTS) {
      expect(SCORECARD_FACTS).toContain(key);
      expect(facts[key]).toBe(record![key]);
    }
  });

  it('are listed nowhere in the source but the template', () => {
    // A list naming the first and last inputs within a few lines is a second copy of the decision.
    const copies = sourceFiles('src').filter((file) =>
      /'lowQualityReviews',\s*\n\s*'complaintPoints',\s*\n\s*'praises',\s*\n\s*'outstandingPoints'/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(copies).toEqual([]);
  });
});
