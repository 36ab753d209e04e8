/** The queues menu job: rebuild 复盘清单 and 跟进清单 under the run lock. */

import { runLogged } from '../core/automation';
import { queuesMessage, readOrderPurchases, writeQueues } from '../core/effects';
import { say } from '../core/messages';
import { readInquiries } from '../core/sheets';
import type { GasPorts } from './gas-ports';

export async function queues(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const inquiries = readInquiries(context.wb);
    const tabs = writeQueues(
      context.wb,
      { settings: context.settings, inquiries: inquiries.records, orders: readOrderPurchases(context.wb) },
      context.now(),
      ports.timeZone,
    );
    context.did(
      say(context.settings.language, 'menu.log.queues', {
        review: tabs.review.tabName,
        followUp: tabs.followUp.tabName,
      }),
    );
    return queuesMessage(tabs, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}
