/** The sidebar folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type Health, readHealth } from './health';
export { sidebarCatalogue } from './page-messages';
export { type RuleTest, TESTABLE_KINDS, testRule } from './rule-test';
export {
  type SaveResult,
  type SettingField,
  type SettingsForm,
  saveSettings,
  settingsForm,
} from './settings-form';
