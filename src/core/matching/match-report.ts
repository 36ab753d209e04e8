/** What a match run says to a person: the same lines in the CLI, the menu's alert and the run log. */
import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import type { MatchReport } from './match-orders';

export function matchSummary(report: MatchReport, lang: Lang): string {
  const lines = [
    say(lang, 'matching.done', {
      paidOrders: report.paidOrders,
      attributed: report.paidOrders - report.silentOrders,
      silent: report.silentOrders,
      converted: report.converted,
    }),
    say(lang, 'matching.filled', report.filled),
  ];
  if (report.open > 0) lines.push(say(lang, 'matching.open', { open: report.open }));
  // The panel's import shows this summary: a masked buyer nobody can be told from is said here too.
  if (report.maskedAmbiguous > 0)
    lines.push(say(lang, 'matching.maskedBuyers', { count: report.maskedAmbiguous }));
  if (report.contradictions > 0)
    lines.push(say(lang, 'matching.contradictions', { count: report.contradictions }));
  return lines.join('\n');
}

/** The Run log's line for a match run. */
export function matchLogLine(report: MatchReport, lang: Lang): string {
  const cells = Object.values(report.filled).reduce((sum, n) => sum + n, 0);
  return say(lang, 'matching.log', { cells, contradictions: report.contradictions });
}
