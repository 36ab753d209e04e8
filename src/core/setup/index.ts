/** The setup folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type InstallReport, installTemplates } from './install';
