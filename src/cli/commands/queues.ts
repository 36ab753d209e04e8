import { JOBS, runJob } from '../../core/jobs';
import { command } from '../command';
import { nowOption } from '../now-option';
import { logged, withBook } from '../xlsx/book';

/** `spiral queues <book> [--now ISO] [--json]`: the queues job of the job table (review queue, follow-up list). */
export async function runQueues(args: string[], values: Record<string, unknown>): Promise<number> {
  const now = nowOption(values);
  const { result, message } = await withBook(args[0], {}, (wb, lock) =>
    logged(
      wb,
      lock,
      (context) => runJob(JOBS.queues, context, { timeZone: context.settings.timeZone }),
      () => now,
    ),
  );
  if (values.json) {
    const { review, followUp } = result;
    const json = {
      review: { week: review.week, agents: review.agents },
      followUp: { from: followUp.from, to: followUp.to, rows: followUp.rows },
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else process.stdout.write(`${args[0]}: ${message}\n`);
  return 0;
}

/** `spiral queues`: its usage, arguments and options, beside its action. */
export const queuesCommand = command({
  name: 'queues',
  help: 'effects.queue.help',
  args: ['book.xlsx'],
  options: { now: { type: 'string' }, json: { type: 'boolean' } },
  run: runQueues,
});
