/** The settings folder's public entry: what the shells (cli, gas, tools) import from it. */
export {
  DEFAULT_SETTINGS,
  defaultSettingsValue,
  type RunSettings,
  readSettings,
  readSettingsOver,
  type Settings,
} from './settings';
