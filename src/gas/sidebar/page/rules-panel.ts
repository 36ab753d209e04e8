import type { RuleTest } from '../../../core/sidebar';
import type { SidebarBoot } from '../functions';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { call, errorText } from './server';

type Hit = RuleTest['hits'][number];

/** A review category's direction and the polarity words behind it (the same polarityOf as the summaries). */
function polarityCell(hit: Hit): HTMLElement {
  const words = hit.polarityWords ?? [];
  return h(
    'td',
    { 'data-test': 'hit-polarity', 'data-polarity': hit.polarity ?? '', title: hit.explanation ?? '' },
    t(`sidebar.rules.polarity.${hit.polarity}`),
    h('br'),
    words.length > 0
      ? h('span', { 'data-test': 'hit-polarity-words' }, ...words.map((k) => h('mark', {}, k)))
      : h('span', { class: 'gray small' }, t('sidebar.rules.polarityByRating')),
  );
}

function renderResult(result: RuleTest): HTMLElement {
  if (result.hits.length === 0)
    return h('div', { class: 'gray', 'data-test': 'rule-none' }, t('sidebar.rules.none'));
  const polarity = result.hits.some((hit: Hit) => hit.polarity !== undefined);
  const table = h(
    'table',
    { class: 'hits', 'data-test': 'rule-hits' },
    h(
      'tr',
      {},
      h('th', {}, t('sidebar.rules.category')),
      h('th', {}, t('sidebar.rules.keywords')),
      polarity ? h('th', {}, t('sidebar.rules.polarity')) : null,
      h('th', {}, t('sidebar.rules.rule')),
    ),
    ...result.hits.map((hit: Hit) =>
      h(
        'tr',
        {},
        h('td', { 'data-test': 'hit-category' }, hit.category),
        h('td', { 'data-test': 'hit-keywords' }, ...hit.keywords.map((k) => h('mark', {}, k))),
        polarity ? polarityCell(hit) : null,
        h(
          'td',
          { class: 'small', 'data-test': 'hit-rule' },
          hit.rule,
          h('br'),
          h(
            'span',
            { class: 'gray' },
            hit.taxonomyRow === null
              ? t('sidebar.rules.builtIn')
              : t('sidebar.rules.row', { row: hit.taxonomyRow }),
          ),
        ),
      ),
    ),
  );
  return h(
    'div',
    {},
    result.overall ? h('p', { 'data-test': 'rule-overall' }, result.overall) : null,
    table,
    result.source === 'default' ? h('p', { class: 'gray small' }, t('sidebar.rules.defaultSource')) : null,
  );
}

export function renderRules(root: HTMLElement, boot: SidebarBoot): void {
  const kind = h(
    'select',
    { 'data-test': 'rule-kind', id: 'rule-kind' },
    ...boot.kinds.map((k) => h('option', { value: k.value }, k.label)),
  );
  kind.value = 'review';
  const text = h('textarea', {
    rows: '3',
    id: 'rule-text',
    'data-test': 'rule-text',
    placeholder: t('sidebar.rules.placeholder'),
  });
  const output = h('div', { 'data-test': 'rule-result' });
  const button = h(
    'button',
    { type: 'button', class: 'action', 'data-test': 'rule-test' },
    t('sidebar.rules.test'),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    replace(output, progressBar());
    try {
      replace(
        output,
        renderResult(await call<RuleTest>('sidebarTestRule', kind.value, text.value, boot.lang)),
      );
    } catch (error) {
      replace(output, h('div', { class: 'error' }, t('sidebar.failed', { message: errorText(error) })));
    } finally {
      button.disabled = false;
    }
  });
  replace(
    root,
    h('div', { class: 'form-group' }, h('label', { for: 'rule-kind' }, t('sidebar.rules.kind')), kind),
    h('div', { class: 'form-group' }, h('label', { for: 'rule-text' }, t('sidebar.rules.text')), text),
    h('div', { class: 'block' }, button),
    h('p', { class: 'gray small' }, t('sidebar.rules.takesFirst')),
    output,
  );
}
