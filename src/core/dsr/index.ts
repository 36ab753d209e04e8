/** The dsr folder's public entry: what the shells (cli, gas, tools) import from it. */
export type { DsrScore } from './dsr-sheet';
