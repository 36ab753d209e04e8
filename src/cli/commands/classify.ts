import { classifyNewRows } from '../../core/classify/classify-new-rows';
import { say } from '../../core/messages/catalogue';
import { logged, withBook } from '../book';

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
      return result;
    }),
  );
  const { inquiries, reviews, taxonomy } = report;
  process.stdout.write(
    `${args[0]}: taxonomy from ${taxonomy.source === 'sheet' ? 'the Taxonomy sheet' : 'rules/'} (${taxonomy.categories} categories)\n` +
      `  inquiries: ${inquiries.filled} categories filled, ${inquiries.kept} kept as typed, ${inquiries.unmatched} matched no keyword, ${inquiries.noStage} without a stage\n` +
      `  reviews: ${reviews.categorized} categorised, ${reviews.unmatched} matched no keyword\n`,
  );
  for (const p of report.problems.filter((p) => p.severity === 'error').slice(0, 20)) {
    process.stderr.write(`${p.sheet} row ${p.row}, ${p.column}: ${p.reason}\n`);
  }
  return 0;
}
