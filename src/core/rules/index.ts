/** The rules folder's public entry: what the shells (cli, gas, tools) import from it. */
export { defaultRuleBook } from './default-rules';
export { createEngine } from './engine';
export { matchedKeywords, normalizeText } from './operators';
export { parseRuleFile } from './rule-file';
