import type { Health } from '../../../core/sidebar';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { call, errorText } from './server';

export type HealthView = Omit<Health, 'automation'> & {
  /** owner: whose trigger runs the document (an email or "another editor"), null when none is recorded. */
  automation: Health['automation'] & { since: string | null; owner: string | null };
};

const OUTCOMES = ['ok', 'partial', 'busy', 'error'];

const openButton = (label: string, sheet: string | null, lang: string) =>
  sheet === null
    ? null
    : h(
        'button',
        { class: 'link', type: 'button', onclick: () => void call('sidebarOpenSheet', sheet, lang) },
        label,
      );

function row(title: string, ...content: (Node | string | null)[]): HTMLElement {
  return h('div', { class: 'block' }, h('div', { class: 'label' }, title), ...content);
}

export function renderHealth(
  root: HTMLElement,
  health: HealthView,
  lang: string,
  runLog: string | null,
): void {
  const { automation, lastAutomaticRun: last, problems, cells } = health;
  const share = cells.used / cells.limit;
  const outcome = last?.outcome && OUTCOMES.includes(last.outcome) ? last.outcome : 'unknown';
  replace(
    root,
    row(
      t('sidebar.health.automation'),
      h(
        'div',
        { 'data-test': 'automation', class: automation.enabled ? 'ok' : 'gray' },
        automation.enabled
          ? t('sidebar.health.on', { since: automation.since ?? '' })
          : t('sidebar.health.off'),
      ),
      automation.enabled && automation.owner !== null
        ? h(
            'div',
            { class: 'gray small', 'data-test': 'owner' },
            t('sidebar.health.owner', { owner: automation.owner }),
          )
        : null,
      health.interrupted === null
        ? null
        : h('div', { class: 'warning', 'data-test': 'interrupted' }, health.interrupted.message),
      automation.warning === null
        ? null
        : h('div', { class: 'warning', 'data-test': 'stalled' }, automation.warning),
    ),
    row(
      t('sidebar.health.lastRun'),
      last === null
        ? h('div', { class: 'gray', 'data-test': 'last-run' }, t('sidebar.health.noRun'))
        : h(
            'div',
            { 'data-test': 'last-run', class: outcome === 'ok' ? '' : 'error' },
            `${last.when} · ${t(`sidebar.health.outcome.${outcome}`)}`,
          ),
      last === null ? null : h('div', { class: 'gray small' }, last.actions),
      openButton(t('sidebar.health.openRunLog'), runLog, lang),
    ),
    row(
      t('sidebar.health.problems'),
      problems.sheet === null
        ? h('div', { class: 'gray' }, t('sidebar.health.noProblemsSheet'))
        : h(
            'div',
            { 'data-test': 'problems', class: problems.errors > 0 ? 'error' : '' },
            t('sidebar.health.problemCounts', { errors: problems.errors, warnings: problems.warnings }),
          ),
      openButton(t('sidebar.health.openProblems'), problems.sheet, lang),
    ),
    row(
      t('sidebar.health.cells'),
      h(
        'div',
        { 'data-test': 'cells' },
        t('sidebar.health.cellsLine', {
          used: cells.used.toLocaleString(),
          limit: cells.limit.toLocaleString(),
          percent: `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`,
        }),
      ),
      progressBar(share),
      share > 0.8 ? h('div', { class: 'warning' }, t('sidebar.health.cellsHigh')) : null,
    ),
  );
}

export async function loadHealth(root: HTMLElement, lang: string, runLog: string | null): Promise<void> {
  replace(root, h('div', { class: 'gray' }, t('sidebar.loading')), progressBar());
  try {
    renderHealth(root, await call<HealthView>('sidebarHealth', lang), lang, runLog);
  } catch (error) {
    replace(root, h('div', { class: 'error' }, t('sidebar.failed', { message: errorText(error) })));
  }
}
