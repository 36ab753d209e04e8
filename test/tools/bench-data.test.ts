/**
 * The bench measures classification on texts that exercise it (issue 13 item 4): before, every
 * review read 宝贝收到了 and matched nothing, and questions came from seven fixed phrases.
 */
import { describe, expect, it } from 'vitest';
import { classifyText, compileTaxonomy } from '../../src/core/classify/classify-text';
import { polarityOf } from '../../src/core/classify/polarity';
import { defaultTaxonomyRows } from '../../src/core/classify/taxonomy-rules';
import { timing } from '../../src/tools/bench/measure';
import { benchInquiries, benchReviews } from '../../src/tools/bench/summary';
import { textBank } from '../../src/tools/bench/texts';

const taxonomy = compileTaxonomy(defaultTaxonomyRows('zh'));
const bank = textBank();

describe('bench data', () => {
  it('reviews are varied, mostly classified, often under several categories, in both directions', () => {
    const reviews = benchReviews(2_000);
    expect(new Set(reviews.map((r) => r.text)).size).toBeGreaterThan(1_900);
    const results = reviews.map((r) => classifyText(taxonomy, 'review', r.text));
    expect(results.filter((c) => c.categories.length > 0).length).toBeGreaterThan(1_600);
    expect(results.filter((c) => c.categories.length > 1).length).toBeGreaterThan(400);
    // The categories the bench's reviews carry are what classification finds in their text.
    reviews.forEach((r, i) => {
      expect(r.categories).toEqual(results[i]!.categories);
    });
    const directions = reviews.flatMap((r, i) =>
      results[i]!.categories.map((c) => polarityOf(r.text, c, bank.polarity, null)),
    );
    expect(directions.filter((d) => d === 'negative').length).toBeGreaterThan(300);
    expect(directions.filter((d) => d === 'positive').length).toBeGreaterThan(300);
  });

  it('negations occur, and taking one out turns the review round', () => {
    const smell = bank.polarity.categories.get('气味')!;
    let negated = 0;
    let turned = 0;
    for (const r of benchReviews(5_000)) {
      for (const n of bank.polarity.negations)
        for (const w of smell.negative) {
          if (!r.text.includes(`${n}${w}`)) continue;
          negated++;
          const plain = r.text.replace(`${n}${w}`, w);
          if (
            polarityOf(plain, '气味', bank.polarity, null) !== polarityOf(r.text, '气味', bank.polarity, null)
          )
            turned++;
        }
    }
    expect(negated).toBeGreaterThan(5);
    expect(turned).toBeGreaterThan(0);
  });

  it('questions are varied and most classify under their stage', () => {
    const inquiries = benchInquiries(2_000);
    expect(new Set(inquiries.map((r) => r.question)).size).toBeGreaterThan(1_800);
    const classified = inquiries.filter(
      (r) => r.stage !== null && classifyText(taxonomy, r.stage, r.question).categories.length > 0,
    );
    expect(classified.length).toBeGreaterThan(1_400);
  });
});

describe('timing', () => {
  it('is the median with the fastest and slowest', () => {
    expect(timing([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(timing([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });
});
