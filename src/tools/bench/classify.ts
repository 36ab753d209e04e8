/**
 * Benchmark: classifying 100,000 rows with the default taxonomy three ways — the compiled fast
 * path (classifyText), Engine.run per row (json-rules-engine with the same rules), and a
 * hand-written loop (plain `includes` over keyword arrays). Engine.run is timed on a 10,000-row
 * sample and extrapolated. Every path must give the same categories; data is seeded.
 */

import { performance } from 'node:perf_hooks';
import { Rng } from '../../cli/demo/random';
import { type Classification, classifyText, compileTaxonomy } from '../../core/classify/classify-text';
import { type TaxonomyRow, taxonomyRowsOf, taxonomyRules } from '../../core/classify/taxonomy-rules';
import type { CategoryKind } from '../../core/records';
import { defaultRuleBook } from '../../core/rules/default-rules';
import { createEngine } from '../../core/rules/engine';
import { matchedKeywords, normalizeText } from '../../core/rules/operators';

const ROWS = 100_000;
const ENGINE_SAMPLE = 10_000;

/** Uniform draws in [0, 1) from the demo's seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.float();
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const NOISE = [
  '亲',
  '请问',
  '这个',
  '，',
  '。',
  '！',
  '谢谢',
  '好的',
  '我想问下',
  '宝贝',
  '😀',
  '👍',
  'ＯＫ',
  ' ',
  '还行',
];
const KINDS: CategoryKind[] = ['pre-sale', 'after-sale', 'review', 'review'];

interface Row {
  kind: CategoryKind;
  text: string;
}

function generateRows(rows: readonly TaxonomyRow[], count: number): Row[] {
  const rnd = random(2026);
  const keywords = new Map<CategoryKind, string[]>();
  for (const row of rows) keywords.set(row.kind, [...(keywords.get(row.kind) ?? []), ...row.keywords]);
  return Array.from({ length: count }, () => {
    const kind = pick(rnd, KINDS);
    const parts: string[] = [];
    const length = 2 + Math.floor(rnd() * 8);
    for (let i = 0; i < length; i++) {
      parts.push(rnd() < 0.3 ? pick(rnd, keywords.get(kind) ?? ['']) : pick(rnd, NOISE));
    }
    return { kind, text: parts.join('') };
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

function rate(rows: number, ms: number): number {
  return (rows / ms) * 1000;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

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

  // Warm up every path, and check they agree before timing them.
  for (const row of data.slice(0, 2000)) {
    const a = classifyText(compiled, row.kind, row.text).categories.join('|');
    const b = hand(row.kind, row.text).categories.join('|');
    const c = (await viaEngine(row)).categories.join('|');
    if (a !== b || a !== c) throw new Error(`paths disagree on "${row.text}": ${a} / ${b} / ${c}`);
  }

  let matchedRows = 0;
  let start = performance.now();
  for (const row of data) if (classifyText(compiled, row.kind, row.text).categories.length > 0) matchedRows++;
  const compiledMs = performance.now() - start;

  start = performance.now();
  let handMatched = 0;
  for (const row of data) if (hand(row.kind, row.text).categories.length > 0) handMatched++;
  const handMs = performance.now() - start;
  if (handMatched !== matchedRows) throw new Error('hand loop and compiled path disagree');

  const sample = data.slice(0, ENGINE_SAMPLE);
  start = performance.now();
  for (const row of sample) await viaEngine(row);
  const engineMs = performance.now() - start;

  const compiledRate = rate(ROWS, compiledMs);
  const handRate = rate(ROWS, handMs);
  const engineRate = rate(ENGINE_SAMPLE, engineMs);
  console.log(
    `classification: ${format(ROWS)} rows, ${rules.length} taxonomy rules, ${format(matchedRows)} rows matched`,
  );
  console.log(
    `  compiled fast path   ${format(compiledRate).padStart(12)} rows/s  (${compiledMs.toFixed(0)} ms)`,
  );
  console.log(
    `  Engine.run per row   ${format(engineRate).padStart(12)} rows/s  (${engineMs.toFixed(0)} ms for a ${format(ENGINE_SAMPLE)}-row sample; ${format((ROWS / engineRate) * 1000)} ms extrapolated to ${format(ROWS)})`,
  );
  console.log(`  hand-written loop    ${format(handRate).padStart(12)} rows/s  (${handMs.toFixed(0)} ms)`);
  console.log(
    `  compiled / Engine.run = ${(compiledRate / engineRate).toFixed(1)}× (target ≥ 20×); hand loop / compiled = ${(handRate / compiledRate).toFixed(2)}× (target ≤ 3×)`,
  );
}
