import { runLogged } from '../../core/automation';
import { queuesMessage, readOrderPurchases, writeQueues } from '../../core/effects';
import { say } from '../../core/messages';
import { readInquiries } from '../../core/sheets';
import { withBook } from '../xlsx/book';
import { nowOption } from './effects';

/** `spiral queues <book> [--now ISO] [--json]`: rebuilds the review queue and the follow-up list. */
export async function runQueues(args: string[], values: Record<string, unknown>): Promise<number> {
  const now = nowOption(values);
  const done = await withBook(args[0], {}, async (wb, lock) => {
    const run = await runLogged({ wb, clock: { now: () => now }, lock }, 'cli', (context) => {
      const inquiries = readInquiries(wb);
      const tabs = writeQueues(
        wb,
        { settings: context.settings, inquiries: inquiries.records, orders: readOrderPurchases(wb) },
        now,
        context.settings.timeZone,
      );
      context.did(
        say(context.settings.language, 'menu.log.queues', {
          review: tabs.review.tabName,
          followUp: tabs.followUp.tabName,
        }),
      );
      return { tabs, lang: context.settings.language };
    });
    return run.result!;
  });
  if (values.json) {
    const { review, followUp } = done.tabs;
    const json = {
      review: { week: review.week, agents: review.agents },
      followUp: { from: followUp.from, to: followUp.to, rows: followUp.rows },
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else process.stdout.write(`${args[0]}: ${queuesMessage(done.tabs, done.lang)}\n`);
  return 0;
}
