/** The reasons folder's public entry: what the shells (cli, gas, tools) import from it. */
export { reasonsLine, type SuggestReport, suggestReasons } from './suggest-reasons';
