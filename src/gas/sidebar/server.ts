/**
 * The panel's server side: what each google.script.run call does. Every function builds the ports
 * afresh (each call is its own execution), returns plain data (no Dates), and throws an Error whose
 * message the page shows. Writes hold the document lock and are listed in the Run log.
 */

import { localDateTime } from '../../core/automation';
import { IMPORT_TARGETS } from '../../core/jobs';
import { say } from '../../core/messages';
import { readSettings } from '../../core/settings';
import type { CategoryKind } from '../../core/sheets';
import { enumLabel, findSheet, type Lang, SHEET_KEYS, type SheetKey, sheetName } from '../../core/sheets';
import {
  readHealth,
  saveSettings,
  settingsForm,
  sidebarCatalogue,
  TESTABLE_KINDS,
  testRule,
} from '../../core/sidebar';
import { parseSummaryTabName } from '../../core/summary';
import { ownerName } from '../automation-handlers';
import type { GasServices } from '../gas-api';
import { type GasPorts, gasPorts } from '../gas-ports';
import { storedTrigger } from '../triggers';
import type { SidebarFunction, SidebarJobEntry } from './functions';
import { importBatch } from './import';
import { jobOutcome, startJob } from './jobs';
import { checked, SettingsValuesSchema, SidebarImportBatchSchema } from './payload';
import { underLock } from './under-lock';

/** The panel's jobs in order, each with what it runs given the argument typed beside it. */
export type SidebarJobs = (SidebarJobEntry & {
  run: (ports: GasPorts, argument: string) => Promise<string>;
})[];

/** The language the page asked for; else the workbook's (one read, in a call that is no run). */
const langOr = (requested: unknown, ports: GasPorts): Lang =>
  requested === 'zh' || requested === 'en' ? requested : readSettings(ports.wb).settings.language;

/** The sheets Help links to: every templated sheet (null when not created yet), then the summary tabs. */
function sheetList(ports: GasPorts, lang: Lang): { key: string; name: string; exists: boolean }[] {
  const templated = SHEET_KEYS.map((key) => {
    const found = findSheet(ports.wb, key);
    return { key, name: found ?? sheetName(key, lang), exists: found !== null };
  });
  const tabs = ports.wb
    .sheetNames()
    .filter((name) => parseSummaryTabName(name) !== null)
    .map((name) => ({ key: 'summary', name, exists: true }));
  return [...templated, ...tabs];
}

export function sidebarServer(
  jobs: SidebarJobs,
  gas: () => GasServices,
): Record<SidebarFunction, (...args: unknown[]) => unknown> {
  return {
    sidebarBoot: (requested) => {
      const ports = gasPorts(gas());
      // The panel's one reading of Settings as it opens: the workbook's language, and the page's unless asked.
      const workbookLang = readSettings(ports.wb).settings.language;
      const lang: Lang = requested === 'zh' || requested === 'en' ? requested : workbookLang;
      return {
        lang,
        workbookLang,
        messages: sidebarCatalogue(lang),
        otherLanguage: say(lang === 'zh' ? 'en' : 'zh', 'sidebar.languageName'),
        kinds: TESTABLE_KINDS.map((value) => ({ value, label: enumLabel('categoryKind', value, lang) })),
        jobs: jobs.map(({ job, argument }) => ({ job, argument })),
        sheets: sheetList(ports, lang),
        importable: IMPORT_TARGETS.map((key) => ({
          key,
          label:
            key === 'chats'
              ? say(lang, 'sidebar.import.chats')
              : (findSheet(ports.wb, key as SheetKey) ?? sheetName(key as SheetKey, lang)),
        })),
      };
    },
    sidebarHealth: (requested) => {
      const ports = gasPorts(gas());
      const lang = langOr(requested, ports);
      const health = readHealth(ports.wb, ports.properties, ports.clock.now(), lang);
      const since = health.automation.since;
      const sinceText = since === null ? null : localDateTime(new Date(since), ports.timeZone);
      const flagged = storedTrigger(ports.properties);
      const owner = flagged === null ? null : ownerName(flagged.owner, lang);
      return { ...health, automation: { ...health.automation, since: sinceText, owner } };
    },
    sidebarRunJob: (job, argument) => {
      const name = String(job);
      const found = jobs.find((j) => j.job === name);
      if (found === undefined) {
        throw new Error(say(langOr(null, gasPorts(gas())), 'sidebar.jobs.unknown', { job: name }));
      }
      return startJob(gas(), (ports) => found.run(ports, String(argument ?? '').trim()));
    },
    sidebarJobResult: (id, requested) => {
      const lang = requested === 'zh' || requested === 'en' ? requested : langOr(null, gasPorts(gas()));
      const outcome = jobOutcome(gas(), String(id), lang);
      if (outcome !== null) return outcome;
      return { state: 'done', ok: false, message: say(lang, 'sidebar.jobs.lost') };
    },
    sidebarTestRule: (kind, text, requested) => {
      const ports = gasPorts(gas());
      const wanted = (TESTABLE_KINDS as readonly string[]).includes(String(kind)) ? String(kind) : 'review';
      return testRule(ports.wb, wanted as CategoryKind, String(text ?? ''), langOr(requested, ports));
    },
    sidebarSettings: (requested) => {
      const ports = gasPorts(gas());
      return settingsForm(ports.wb, langOr(requested, ports));
    },
    sidebarSaveSettings: (values, requested) => {
      const ports = gasPorts(gas());
      const lang = langOr(requested, ports);
      const typed = checked(SettingsValuesSchema, values, 'sidebarSaveSettings', lang);
      const saved = underLock(
        ports,
        ({ did }) => {
          const result = saveSettings(ports.wb, typed, lang);
          if (result.changed.length > 0)
            did(say(lang, 'menu.log.settings', { keys: result.changed.join(', ') }));
          return result;
        },
        // A saved language is the Run log's from this line on: the only reason to read Settings again.
        (result, settings) =>
          result.changed.includes('language') ? readSettings(ports.wb).settings.language : settings.language,
      );
      return { ...saved, form: settingsForm(ports.wb, lang) };
    },
    sidebarImport: (batch, requested) => {
      const ports = gasPorts(gas());
      const lang = langOr(requested, ports);
      return importBatch(ports, checked(SidebarImportBatchSchema, batch, 'sidebarImport', lang), lang);
    },
    sidebarOpenSheet: (name) => {
      const sheet = gasPorts(gas()).spreadsheet.getSheetByName(String(name));
      sheet?.activate();
      return sheet !== null;
    },
  };
}
