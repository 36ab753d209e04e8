/** The Effects menu job: rebuild the Effects tab under the run lock and say what it found. */

import { runLogged } from '../core/automation';
import { effectsMessage, generateEffects } from '../core/effects';
import { say } from '../core/messages';
import type { GasPorts } from './gas-ports';

export async function effects(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const report = generateEffects(context.wb, context.now(), ports.timeZone, context.settings);
    context.reportProblems(report.problems);
    context.did(
      say(context.settings.language, 'menu.log.effects', { tab: report.tabName, count: report.rows.length }),
    );
    return effectsMessage(report, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}
