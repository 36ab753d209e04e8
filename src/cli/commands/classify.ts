import { classifyNewRows } from '../../core/classify';
import { say } from '../../core/messages';
import { logged, withBook } from '../xlsx/book';

/** `spiral classify <book>`: fills blank question categories and every review's auto categories. */
export async function runClassify(args: string[]): Promise<number> {
  const report = await withBook(args[0], {}, (wb, lock) =>
    logged(wb, lock, (context) => {
      const result = classifyNewRows(wb);
      context.reportProblems(result.problems);
      context.did(
        say(context.settings.language, 'automation.log.classified', {
          questions: result.inquiries.filled,
          reviews: result.reviews.categorized,
        }),
      );
      return { ...result, lang: context.settings.language };
    }),
  );
  const { inquiries, reviews, taxonomy, lang } = report;
  const source = say(
    lang,
    taxonomy.source === 'sheet' ? 'commands.classify.fromSheet' : 'commands.classify.fromRules',
  );
  process.stdout.write(
    `${say(lang, 'commands.classify.taxonomy', { book: args[0] ?? '', source, categories: taxonomy.categories })}\n` +
      `  ${say(lang, 'commands.classify.inquiries', { ...inquiries })}\n` +
      `  ${say(lang, 'commands.classify.reviews', { ...reviews })}\n`,
  );
  for (const p of report.problems.filter((p) => p.severity === 'error').slice(0, 20)) {
    process.stderr.write(`${say(lang, 'commands.problem', { ...p })}\n`);
  }
  return 0;
}
