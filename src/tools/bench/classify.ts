/**
 * Benchmark: classifying 100,000 varied questions and reviews (texts.ts: taxonomy keywords among
 * noise, several categories per review, negations) with the default taxonomy three ways — the
 * compiled fast path (classifyText), Engine.run per row (json-rules-engine with the same rules), and
 * a hand-written loop (plain `includes` over keyword arrays). Engine.run is timed on a 10,000-row
 * sample and extrapolated. Every row timed is checked before the timing: on the engine's sample the
 * compiled path must give the engine's categories, matched keywords and rules, and on all rows the
 * hand loop's categories; the bench fails at the first row where they differ, naming it. The
 * ratios held to targets are printed by wall clock and by CPU time (measure.ts says why).
 */
import { availableParallelism, loadavg } from 'node:os';

import { Rng } from '../../cli/demo/random';
import {
  type Classification,
  classifyText,
  compileTaxonomy,
  type TaxonomyRow,
  taxonomyRowsOf,
  taxonomyRules,
} from '../../core/classify';
import { createEngine, defaultRuleBook, matchedKeywords, normalizeText } from '../../core/rules';
import type { CategoryKind } from '../../core/sheets';
import { loadAverage, rate, repeatWithCpu, shownWithCpu, verdict, type WallAndCpu } from './measure';
import { questionText, reviewText, textBank } from './texts';

const ROWS = 100_000;
const ENGINE_SAMPLE = 10_000;
const KINDS: CategoryKind[] = ['pre-sale', 'after-sale', 'review', 'review'];

interface Row {
  kind: CategoryKind;
  text: string;
}

function generateRows(rows: readonly TaxonomyRow[], count: number): Row[] {
  const rng = new Rng(2026);
  const rnd = () => rng.float();
  const bank = textBank(rows);
  return Array.from({ length: count }, () => {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    return { kind, text: kind === 'review' ? reviewText(rnd, bank) : questionText(rnd, bank, kind) };
  });
}

/** The loop a programmer would write by hand: normalise once, `includes` over each category's keywords. */
function handClassifier(rows: readonly TaxonomyRow[]): (kind: CategoryKind, text: string) => Classification {
  const byKind = new Map<CategoryKind, { category: string; keywords: string[]; raw: string[] }[]>();
  for (const row of rows) {
    const list = byKind.get(row.kind) ?? [];
    list.push({ category: row.category, keywords: row.keywords.map(normalizeText), raw: row.keywords });
    byKind.set(row.kind, list);
  }
  return (kind, text) => {
    const normalized = text.normalize('NFKC').toLowerCase();
    const categories: string[] = [];
    const matched: string[] = [];
    for (const entry of byKind.get(kind) ?? []) {
      let hit = false;
      entry.keywords.forEach((k, i) => {
        if (k !== '' && normalized.includes(k)) {
          hit = true;
          if (!matched.includes(entry.raw[i]!)) matched.push(entry.raw[i]!);
        }
      });
      if (hit) categories.push(entry.category);
      if (hit && kind !== 'review') break;
    }
    return { categories, matched, rules: categories.map((c) => `${kind}/${c}`) };
  };
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const same = (a: Classification, b: Classification) =>
  a.categories.join('|') === b.categories.join('|') &&
  [...a.matched].sort().join('|') === [...b.matched].sort().join('|') &&
  a.rules.join('|') === b.rules.join('|');

export async function benchClassify(): Promise<void> {
  const taxonomyRows = taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh');
  const data = generateRows(taxonomyRows, ROWS);
  const compiled = compileTaxonomy(taxonomyRows);
  const hand = handClassifier(taxonomyRows);
  const rules = taxonomyRules(taxonomyRows);
  const engine = createEngine(rules);
  const byName = new Map(rules.map((rule) => [rule.name, rule]));
  const keywordsOf = new Map(taxonomyRows.map((row) => [`${row.kind}/${row.category}`, row.keywords]));

  const viaEngine = async (row: Row): Promise<Classification> => {
    const { results } = await engine.run({ kind: row.kind, text: row.text });
    const names = results
      .map((r) => r.name)
      .sort((a, b) => (byName.get(b)!.priority ?? 1) - (byName.get(a)!.priority ?? 1));
    const hits = row.kind === 'review' ? names : names.slice(0, 1);
    const matched = [
      ...new Set(hits.flatMap((name) => matchedKeywords(row.text, keywordsOf.get(name) ?? []))),
    ];
    return { categories: hits.map((name) => byName.get(name)!.event.params.category), matched, rules: hits };
  };

  // Before any timing, every row a path times is checked: the engine's sample against the compiled
  // path (categories, keywords, rules), all rows of the compiled path against the hand loop.
  const compiledAll = data.map((row) => classifyText(compiled, row.kind, row.text));
  const disagree = (i: number, other: string, answer: unknown): never => {
    const row = data[i]!;
    throw new Error(
      `CLASSIFICATION PATHS DISAGREE on row ${i + 1} (${row.kind}) "${row.text}": compiled ${JSON.stringify(compiledAll[i])}, ${other} ${JSON.stringify(answer)}`,
    );
  };
  for (let i = 0; i < ENGINE_SAMPLE; i++) {
    const b = await viaEngine(data[i]!);
    if (!same(compiledAll[i]!, b)) disagree(i, 'Engine.run', b);
  }
  let multi = 0;
  for (const [i, row] of data.entries()) {
    const c = hand(row.kind, row.text).categories;
    if (compiledAll[i]!.categories.join('|') !== c.join('|')) disagree(i, 'hand loop', c);
    if (c.length > 1) multi++;
  }
  const matchedRows = compiledAll.filter((c) => c.categories.length > 0).length;

  const load = loadAverage(loadavg(), availableParallelism());
  const compiledTime = await repeatWithCpu(5, () => {
    for (const row of data) classifyText(compiled, row.kind, row.text);
  });
  const handTime = await repeatWithCpu(5, () => {
    for (const row of data) hand(row.kind, row.text);
  });
  const sample = data.slice(0, ENGINE_SAMPLE);
  const engineTime = await repeatWithCpu(3, async () => {
    for (const row of sample) await viaEngine(row);
  });

  const perRow = (t: { median: number }, rows: number) => t.median / rows;
  console.log(
    `classification: ${format(ROWS)} varied rows, ${rules.length} taxonomy rules, ${format(matchedRows)} rows matched, ${format(multi)} with several categories`,
  );
  console.log(`  (${load} when the timing started)`);
  console.log(
    `  checked row by row: compiled = Engine.run on the ${format(ENGINE_SAMPLE)} rows the engine times (categories, keywords, rules); compiled = hand loop on all ${format(ROWS)} (categories)`,
  );
  console.log(`  compiled fast path   ${rate(ROWS, compiledTime.wall)}  ${shownWithCpu(compiledTime)}`);
  console.log(
    `  Engine.run per row   ${rate(ENGINE_SAMPLE, engineTime.wall)}  ${shownWithCpu(engineTime)} for a ${format(ENGINE_SAMPLE)}-row sample; ${format(perRow(engineTime.wall, ENGINE_SAMPLE) * ROWS)} ms extrapolated to ${format(ROWS)}`,
  );
  console.log(`  hand-written loop    ${rate(ROWS, handTime.wall)}  ${shownWithCpu(handTime)}`);
  const ratios = (clock: keyof WallAndCpu) => {
    const compiledPerRow = perRow(compiledTime[clock], ROWS);
    const overEngine = perRow(engineTime[clock], ENGINE_SAMPLE) / compiledPerRow;
    const handOver = compiledPerRow / perRow(handTime[clock], ROWS);
    return `compiled / Engine.run = ${overEngine.toFixed(1)}× (target ≥ 20×: ${verdict(overEngine >= 20)}); hand loop / compiled = ${handOver.toFixed(2)}× (target ≤ 3×: ${verdict(handOver <= 3)})`;
  };
  console.log(`  by wall clock: ${ratios('wall')}`);
  console.log(`  by CPU time:   ${ratios('cpu')}`);
}
