/** 本期要点 / Findings: the first section of a summary tab, one sentence per significant result. */
import { say } from '../messages/catalogue';
import type { LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';

const FINDING = { wrap: false } as const;

export function layoutFindings(ctx: LayoutContext, model: SummaryModel): void {
  ctx.section(say(ctx.lang, 'summary.findings.title'));
  if (model.findings.length === 0) {
    ctx.note(say(ctx.lang, 'summary.findings.none'));
    return;
  }
  model.findings.forEach((f, i) => {
    ctx.tab.row([`${i + 1}. ${f.text}`], FINDING);
  });
}
