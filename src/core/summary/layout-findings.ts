/** 本期要点 / Findings: the first section of a summary tab, one sentence per significant result. */
import { type MessageKey, say } from '../messages/catalogue';
import { pText } from './findings';
import type { LayoutContext } from './layout-context';
import { FIRST_SCREEN_FINDINGS } from './layout-overview';
import type { Finding, SummaryModel } from './summary-model';

const FINDING = { wrap: false } as const;

/** The footnote naming each kind of test behind the findings listed (the sentences name none). */
const METHOD_NOTES: [(method: Finding['method'], table: Finding['table']) => boolean, MessageKey][] = [
  [(m) => m === 'z' || m === 'fisher', 'summary.findings.method.proportion'],
  [
    (m, t) => m.startsWith('sign-flip') && t !== 'adRoi' && t !== 'roleReorders',
    'summary.findings.method.sales',
  ],
  [(_m, t) => t === 'adRoi', 'summary.findings.method.adRoi'],
  [(m) => m.startsWith('permutation'), 'summary.findings.method.orderValue'],
  [(m) => m === 'spearman', 'dsr.method'],
  [(_m, t) => t.startsWith('role'), 'roles.method'],
];

export function layoutFindings(ctx: LayoutContext, model: SummaryModel): void {
  ctx.section(say(ctx.lang, 'summary.findings.title'));
  if (model.findings.length === 0) {
    ctx.note(say(ctx.lang, 'summary.findings.none'));
    return;
  }
  model.findings.slice(0, FIRST_SCREEN_FINDINGS).forEach((f, i) => {
    ctx.tab.row([`${i + 1}. ${f.text}`], FINDING);
  });
  // The sentences are plain words; each finding's p stands in a footnote beside the test that gave
  // it. The notes follow the findings' numbers: the one naming finding 1 first.
  const notes = METHOD_NOTES.flatMap(([uses, key]) => {
    const named = model.findings.flatMap((f, i) => (uses(f.method, f.table) ? [i] : []));
    if (named.length === 0) return [];
    const numbers = named.map((i) =>
      say(ctx.lang, 'summary.findings.footnoteItem', { n: i + 1, p: pText(model.findings[i]!.p) }),
    );
    return [
      {
        first: named[0]!,
        text: say(ctx.lang, key, { findings: numbers.join(ctx.lang === 'zh' ? '、' : ', ') }),
      },
    ];
  });
  for (const note of notes.sort((a, b) => a.first - b.first)) ctx.note(note.text);
}

/** Findings past the first screen's, numbered on, after the list of parts. */
export function layoutMoreFindings(ctx: LayoutContext, model: SummaryModel): void {
  const more = model.findings.slice(FIRST_SCREEN_FINDINGS);
  if (more.length === 0) return;
  ctx.section(say(ctx.lang, 'overview.findings.more', { count: more.length }));
  more.forEach((f, i) => {
    ctx.tab.row([`${FIRST_SCREEN_FINDINGS + i + 1}. ${f.text}`], FINDING);
  });
}
