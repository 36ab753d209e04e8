/** The demo's line for issue 23 item 6: what the first screen of its last weekly tab and report holds. */
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import type { SummaryModel } from '../../core/summary';
import type { TabContent } from '../../ports';

export function firstScreenLine(model: SummaryModel, content: TabContent, tab: string, lang: Lang): string {
  const folds = content.folds ?? [];
  return say(lang, 'demo.firstScreen', {
    tab,
    findings: model.findings.length,
    effects: model.effects?.ended.length ?? 0,
    parts: folds.length,
    folded: folds.filter((f) => !f.open).length,
    // The tab folds too: the detail rows its collapsed row groups hide.
    hidden: (content.rowGroups ?? []).reduce((n, g) => n + (g.collapsed ? g.last - g.first + 1 : 0), 0),
    // A folded part that was tested, for an example of its one line.
    line: folds.find((f) => !f.open && /\d+ (项|items)/.test(f.line))?.line ?? '',
  });
}
