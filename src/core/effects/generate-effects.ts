/**
 * The effects use case: read the Actions, the Taxonomy and the logs once each, test every action,
 * write the Effects tab in one call. Rebuilt whole on every run, like the Problems sheet.
 */
import type { TabContent, WorkbookPort } from '../../ports';
import { polarityRulesOf } from '../classify/polarity-rules';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import type { TaxonomyRow } from '../classify/taxonomy-rules';
import { say } from '../messages/catalogue';
import type { Settings } from '../settings/settings';
import type { Inquiry, Problem, Review } from '../sheets/records';
import { readInquiries, readReviews } from '../sheets/tables';
import type { Lang } from '../sheets/template';
import { localDate } from '../time/periods';
import { computeEffects, type EffectRow, MIN_WEEKS_AFTER } from './compute-effects';
import { layoutEffects } from './effects-layout';
import { resolveActions } from './period-effects';
import { negativeMention } from './target-share';

export interface EffectsReport {
  tabName: string;
  rows: EffectRow[];
  problems: Problem[];
}

/** The Effects tab computed but not yet written. */
export interface EffectsTab extends EffectsReport {
  content: TabContent;
}

/** The logs effects are computed from; runDue passes the ones its summaries already read. */
export interface EffectsData {
  settings: Settings;
  inquiries: readonly Inquiry[];
  reviews: readonly Review[];
}

export function effectsTabName(lang: Lang): string {
  return say(lang, 'effects.tab');
}

/** Reads everything, tests every action and writes the Effects tab. */
export function generateEffects(
  wb: WorkbookPort,
  now: Date,
  timeZone: string,
  settings: Settings,
): EffectsReport {
  const inquiries = readInquiries(wb);
  const reviews = readReviews(wb);
  const report = writeEffects(
    wb,
    { settings, inquiries: inquiries.records, reviews: reviews.records },
    now,
    timeZone,
  );
  return report;
}

/** Tests every action against logs already read and writes the Effects tab. */
export function writeEffects(
  wb: WorkbookPort,
  data: EffectsData,
  now: Date,
  timeZone: string,
): EffectsReport {
  const { content, ...report } = buildEffectsTab(wb, data, now, timeZone);
  wb.writeTab(report.tabName, content);
  return report;
}

/** Reads the Actions and the Taxonomy, tests every action and lays out the tab, without writing it. */
export function buildEffectsTab(
  wb: WorkbookPort,
  data: EffectsData,
  now: Date,
  timeZone: string,
): EffectsTab {
  const lang = data.settings.language;
  const inEffect = taxonomyInEffect(wb, lang);
  const entries: TaxonomyRow[] = inEffect.rows;
  const { actions, targets, problems } = resolveActions(wb, entries, lang);
  const rows = computeEffects({
    actions,
    targets,
    inquiries: data.inquiries,
    reviews: data.reviews,
    now,
    timeZone,
    weeks: data.settings.effectWeeks,
    negative: negativeMention(polarityRulesOf(entries, inEffect.lexicon)),
  });
  const content = layoutEffects(rows, {
    lang,
    asOf: localDate(now, timeZone),
    weeks: data.settings.effectWeeks,
    minWeeksAfter: MIN_WEEKS_AFTER,
  });
  return { tabName: effectsTabName(lang), rows, problems, content };
}

/** The closing line of a menu run or a CLI command. */
export function effectsMessage(report: EffectsReport, lang: Lang): string {
  const significant = report.rows.filter(
    (r) => r.label === 'significant-up' || r.label === 'significant-down',
  ).length;
  return say(lang, 'effects.done', {
    tab: report.tabName,
    count: report.rows.length,
    significant,
    early: report.rows.filter((r) => r.label === 'too-early').length,
  });
}
