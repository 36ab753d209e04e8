/**
 * The reading lexicon (rules/lexicon.json, issue 20): polarity words by strength, negators,
 * post-negators, degree words, contrast words, neutral look-alikes, topic resets, aspect-bound
 * words, senses of ambiguous aspect words and the rating's weight. Validated on load; an error
 * names the file and the field.
 */
import * as z from 'zod/mini';
import lexiconJson from '../../../rules/lexicon.json';
import { zodIssues } from '../rules/issue-message';

const words = z.array(z.string().check(z.minLength(1)));
const strengths = z.strictObject({ strong: words, normal: words, weak: words });
const scaled = z.array(z.strictObject({ factor: z.number().check(z.positive()), words }));

export const LexiconSchema = z.strictObject({
  type: z.literal('lexicon'),
  description: z.string().check(z.minLength(1)),
  weights: z.strictObject({
    strong: z.number().check(z.positive()),
    normal: z.number().check(z.positive()),
    weak: z.number().check(z.positive()),
  }),
  positive: strengths,
  negative: strengths,
  negators: scaled,
  postNegators: words,
  degrees: scaled,
  contrast: z.strictObject({
    after: words,
    before: words,
    within: words,
    /** Contrast words only where they open a clause or follow a polarity word in it (就是). */
    opening: words,
    afterWeight: z.number().check(z.positive()),
    beforeWeight: z.number().check(z.positive()),
    withinWeight: z.number().check(z.positive()),
  }),
  neutral: words,
  resets: words,
  /** Words ending a wish (就好了): the polarity words before them in the clause are turned round. */
  wishes: words,
  /** Words after which the clause praises or blames something else (还不如去超市买划算). */
  alternatives: words,
  /** Degree words that make a mild complaint of a word the lexicon does not know (有点厚, 太热了). */
  complaintDegrees: words,
  /** Particles: 好热啊 reads 好 as the degree of 热, not as praise. */
  particles: words,
  /** Particles ending a rhetorical question: 这不是骗人吗 turns nothing, it says 骗人. */
  questionEnds: words,
  bound: z.array(
    z.strictObject({
      aspects: words.check(z.minLength(1)),
      positive: words,
      negative: words,
    }),
  ),
  senses: z.array(
    z.strictObject({
      word: z.string().check(z.minLength(1)),
      senses: z.array(
        z.strictObject({
          category: z.string().check(z.minLength(1)),
          when: words,
        }),
      ),
      otherwise: z.string().check(z.minLength(1)),
    }),
  ),
  rating: z.strictObject({
    '1': z.number(),
    '2': z.number(),
    '3': z.number(),
    '4': z.number(),
    '5': z.number(),
  }),
  neutralBand: z.number().check(z.nonnegative()),
  /** The overall is negative below this score (the decision offset `npm run bench -- reading` chooses). */
  negativeBelow: z.number().check(z.gte(-10), z.lte(10)),
  negationWindow: z.number().check(z.gte(1)),
  postNegationWindow: z.number().check(z.gte(0)),
});

export type Lexicon = z.infer<typeof LexiconSchema>;

export type ParsedLexicon = { ok: true; lexicon: Lexicon } | { ok: false; messages: string[] };

export function parseLexicon(fileName: string, json: unknown): ParsedLexicon {
  const parsed = LexiconSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, lexicon: parsed.data };
  return {
    ok: false,
    messages: zodIssues(parsed.error.issues).map(
      (issue) => `${fileName}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    ),
  };
}

let shipped: Lexicon | null = null;

/** The shipped lexicon; throws naming the file and field if it is invalid (a test keeps it valid). */
export function defaultLexicon(): Lexicon {
  if (!shipped) {
    const parsed = parseLexicon('lexicon.json', lexiconJson);
    if (!parsed.ok) throw new Error(`rules/${parsed.messages.join('\nrules/')}`);
    shipped = parsed.lexicon;
  }
  return shipped;
}
