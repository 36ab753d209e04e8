/** The tabs folder's public entry: what the shells (cli, gas, tools) import from it. */
export { CHART_SIZE, chartOption } from './chart-option';
export { checkRowGroups } from './row-groups';
export { tabHtml } from './tab-html';
