import { classifyNewRows } from '../../core/classify';
import { say } from '../../core/messages';
import { reasonsLine, suggestReasons } from '../../core/reasons';
import { logged, withBook } from '../xlsx/book';

/** `spiral classify <book>`: fills blank question categories and every review's auto categories. */
export async function runClassify(args: string[]): Promise<number> {
  const report = await withBook(args[0], {}, (wb, lock) =>
    logged(wb, lock, (context) => {
      const result = classifyNewRows(wb, context.settings);
      const reasons = suggestReasons(wb, context.settings);
      context.reportProblems([...result.problems, ...reasons.problems]);
      context.did(
        say(context.settings.language, 'automation.log.classified', {
          questions: result.inquiries.filled,
          reviews: result.reviews.categorized,
        }),
      );
      if (reasons.blank > 0) context.did(reasonsLine(reasons, context.settings.language));
      return {
        ...result,
        reasons,
        problems: [...result.problems, ...reasons.problems],
        lang: context.settings.language,
      };
    }),
  );
  const { inquiries, reviews, taxonomy, reasons, lang } = report;
  const source = say(
    lang,
    taxonomy.source === 'sheet' ? 'commands.classify.fromSheet' : 'commands.classify.fromRules',
  );
  process.stdout.write(
    `${say(lang, 'commands.classify.taxonomy', { book: args[0] ?? '', source, categories: taxonomy.categories })}\n` +
      `  ${say(lang, 'commands.classify.inquiries', { ...inquiries })}\n` +
      `  ${say(lang, 'commands.classify.reviews', { ...reviews })}\n` +
      `  ${reasonsLine(reasons, lang)}\n`,
  );
  for (const p of report.problems.filter((p) => p.severity === 'error').slice(0, 20)) {
    process.stderr.write(`${say(lang, 'commands.problem', { ...p })}\n`);
  }
  return 0;
}
