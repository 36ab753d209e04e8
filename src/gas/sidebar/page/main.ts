/**
 * The Spiral panel's page script: asks the server for its words and lists, then draws the tabs.
 * Bundled by the build (src/tools/build-sidebar.ts) and inlined into dist/Sidebar.html.
 */
import type { SidebarBoot } from '../functions';
import { h, progressBar, replace } from './dom';
import { loadHealth } from './health-panel';
import { renderHelp } from './help-panel';
import { setWords, t } from './i18n';
import { renderImport } from './import-panel';
import { renderJobs } from './jobs-panel';
import { renderRules } from './rules-panel';
import { call, errorText } from './server';
import { loadSettings } from './settings-panel';

const TABS = ['health', 'jobs', 'rules', 'settings', 'import', 'help'] as const;
type Tab = (typeof TABS)[number];

interface Panels {
  boot: SidebarBoot;
  elements: Record<Tab, HTMLElement>;
}

function show(panels: Panels, tab: Tab): void {
  for (const name of TABS) {
    panels.elements[name].hidden = name !== tab;
    document.querySelector(`[data-tab="${name}"]`)?.setAttribute('aria-selected', String(name === tab));
  }
  if (tab === 'health') void loadHealth(panels.elements.health, panels.boot.lang, runLogName(panels.boot));
  if (tab === 'settings') void loadSettings(panels.elements.settings, panels.boot);
}

const runLogName = (boot: SidebarBoot) =>
  boot.sheets.find((s) => s.key === 'runLog' && s.exists)?.name ?? null;

async function start(lang?: string, tab: Tab = 'health'): Promise<void> {
  const app = document.getElementById('app')!;
  replace(app, h('div', { class: 'gray' }, '…'), progressBar());
  let boot: SidebarBoot;
  try {
    boot = await call<SidebarBoot>('sidebarBoot', lang ?? null);
  } catch (error) {
    replace(app, h('div', { class: 'error', 'data-test': 'boot-error' }, errorText(error)));
    return;
  }
  setWords(boot.messages);
  document.documentElement.lang = boot.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('sidebar.title');
  const elements = Object.fromEntries(
    TABS.map((name) => [name, h('section', { id: `panel-${name}`, 'data-panel': name, hidden: true })]),
  ) as Record<Tab, HTMLElement>;
  const panels: Panels = { boot, elements };
  const nav = h(
    'nav',
    { class: 'tabs', role: 'tablist' },
    ...TABS.map((name) =>
      h(
        'button',
        { type: 'button', role: 'tab', 'data-tab': name, onclick: () => show(panels, name) },
        t(`sidebar.tab.${name}`),
      ),
    ),
  );
  const other = boot.lang === 'zh' ? 'en' : 'zh';
  const header = h(
    'header',
    {},
    h('span', { class: 'title' }, t('sidebar.title')),
    h(
      'button',
      { type: 'button', class: 'link', 'data-test': 'language', onclick: () => void start(other) },
      boot.otherLanguage,
    ),
  );
  replace(app, header, nav, ...TABS.map((name) => elements[name]));
  renderJobs(elements.jobs, boot, () => void loadHealth(elements.health, boot.lang, runLogName(boot)));
  renderRules(elements.rules, boot);
  renderImport(elements.import, boot);
  renderHelp(elements.help, boot);
  show(panels, tab);
}

void start();
