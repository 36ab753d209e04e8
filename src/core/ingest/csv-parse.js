// The one place the core reaches csv-parse (its browser build, which needs no Node globals).
// csv-parse.d.ts beside it types what the core uses; the package's own types pull in @types/node.
// biome-ignore lint/style/noRestrictedImports: this file is the gate the rule sends the core through.
export { parse } from 'csv-parse/browser/esm/sync';
