import type { SidebarBoot } from '../functions';
import { h, replace } from './dom';
import { has, t } from './i18n';
import { call } from './server';

export function renderHelp(root: HTMLElement, boot: SidebarBoot): void {
  const open = (name: string) =>
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => void call('sidebarOpenSheet', name, boot.lang) },
      t('sidebar.help.open'),
    );
  // Help lists the sheets the catalogue describes; summary tabs come under their own heading.
  const described = boot.sheets.filter((s) => s.key !== 'summary' && has(`sidebar.help.sheet.${s.key}`));
  const tabs = boot.sheets.filter((s) => s.key === 'summary');
  replace(
    root,
    h('h3', {}, t('sidebar.help.sheets')),
    h(
      'dl',
      { 'data-test': 'help-sheets' },
      ...described.flatMap((sheet) => [
        h(
          'dt',
          {},
          sheet.name,
          ' ',
          sheet.exists ? open(sheet.name) : h('span', { class: 'gray' }, t('sidebar.help.missing')),
        ),
        h('dd', {}, t(`sidebar.help.sheet.${sheet.key}`)),
      ]),
    ),
    h('h3', {}, t('sidebar.help.summaries')),
    h('p', {}, t('sidebar.help.summary.tabs')),
    tabs.length === 0
      ? null
      : h('ul', { class: 'tabs-list' }, ...tabs.map((tab) => h('li', {}, tab.name, ' ', open(tab.name)))),
    h('p', {}, t('sidebar.help.summary.base')),
    h('p', {}, t('sidebar.help.summary.labels')),
    h('p', {}, t('sidebar.help.summary.act')),
  );
}
