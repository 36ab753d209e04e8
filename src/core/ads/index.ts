/** The ads folder's public entry: what the shells (cli, gas, tools) import from it. */
export type { AdChannel, AdRow } from './ads-sheet';
