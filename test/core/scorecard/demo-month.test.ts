import { describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS, generateDemo } from '../../../src/cli/demo/generate-demo';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { computeScorecardResults } from '../../../src/core/scorecard/results';
import type { Inquiry, ScorecardRow } from '../../../src/core/sheets/records';

const MONTH = '2026-10';
const demo = generateDemo(DEMO_DEFAULTS);
const inquiries = demo.inquiries.map((q, i) => ({ ...q, row: i + 2 })) as Inquiry[];
const rows: ScorecardRow[] = demo.scorecard
  .map((r, i) => ({ ...r, row: i + 2 }))
  .filter((r) => r.month === MONTH && r.role === 'pre-sale');

describe('the pre-sale card of the demo month (issue 10 acceptance)', () => {
  it('an agent who converts nobody does not qualify, whatever the grades', async () => {
    const agent = rows[2]!.agent;
    // The same month with every one of her inquiries left unconverted, and the best grades and attendance.
    const noSale = inquiries.map((q) => (q.agent === agent ? { ...q, converted: false, amount: null } : q));
    const best = rows.map((r) =>
      r.agent === agent
        ? {
            ...r,
            quality: 'excellent' as const,
            cooperation: 'excellent' as const,
            execution: 'excellent' as const,
            late: 0,
            leave: 0,
            absence: 0,
            lowQualityReviews: 0,
            complaintPoints: 0,
            praises: 10,
            outstandingPoints: 10,
          }
        : r,
    );
    const results = await computeScorecardResults(best, noSale, { language: 'zh' });
    const her = results.find((r) => r.agent === agent)!;
    expect(her.facts.conversions).toBe(0);
    expect(her.facts.buyers).toBeGreaterThan(20);
    expect(her.items.find((i) => i.item === 'conversion')!.points).toBe(0);
    expect(her).toMatchObject({ qualified: false, bonus: 0 });
    // The others still qualify or not on their own merits.
    expect(results.filter((r) => r.qualified).length).toBeGreaterThan(0);
  });

  it("each agent's explanation reads as sentences in both languages, with no rule id and no raw value", async () => {
    const ruleNames = defaultRuleBook().scorecards['pre-sale'].rules.map((r) => r.name);
    for (const language of ['zh', 'en'] as const) {
      const results = await computeScorecardResults(rows, inquiries, { language });
      expect(results).toHaveLength(4);
      for (const result of results) {
        const lines = result.explanation.split('\n');
        expect(lines.length).toBeGreaterThan(8);
        for (const line of lines) {
          expect(line).toMatch(language === 'zh' ? /[；。]$/ : /[;.]$/);
          expect(line).not.toMatch(/undefined|NaN|null|\{|\}|Infinity/);
          for (const name of ruleNames) expect(line).not.toContain(`(${name})`);
          if (language === 'en') expect(line.replace(result.agent, '')).not.toMatch(/[\u4e00-\u9fff]/);
        }
        expect(lines.at(-2)).toMatch(language === 'zh' ? /^合计 / : /^Total /);
        expect(result.explanation).toContain(language === 'zh' ? '询单转化率 ' : 'Inquiry conversion ');
      }
    }
  });
});
