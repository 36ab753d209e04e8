/**
 * 系统默认好评: the praise a platform writes when the buyer did not review in time. Such a row is
 * kept and counted, but it says nothing about the goods or the service, so it is left out of every
 * share (review categories, 差评率, ours vs a competitor, an effect's review base). The phrases are
 * data (templates/reviews.json `defaultPraise`); this is the one decision every path asks.
 */
import * as z from 'zod/mini';
import reviewsJson from '../../../templates/reviews.json';
import { formatIssues } from '../sheets/schema-issues';

const DefaultPraiseSchema = z.object({ defaultPraise: z.array(z.string().check(z.minLength(1))) });

function parseDefaultPraise(json: unknown): string[] {
  const parsed = DefaultPraiseSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/reviews.json: ${formatIssues(parsed.error.issues)}`);
  return parsed.data.defaultPraise.map((p) => p.normalize('NFKC'));
}

const PHRASES = parseDefaultPraise(reviewsJson);

/** Whether a review's text is the platform's default praise (full-width forms read as plain). */
export function isDefaultPraise(text: string): boolean {
  if (text === '') return false;
  const plain = text.normalize('NFKC');
  return PHRASES.some((p) => plain.includes(p));
}
