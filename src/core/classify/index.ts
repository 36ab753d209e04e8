/** The classify folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type ClassifyReport, classifyNewRows } from './classify-new-rows';
export { type Classification, type CompiledTaxonomy, classifyText, compileTaxonomy } from './classify-text';
export { type PolarityRules, readingOf } from './polarity';
export { polarityRulesOf } from './polarity-rules';
export { type QuestionReader, questionReader } from './question-category';
export { lexiconInEffect, rowsInEffect } from './taxonomy-in-effect';
export { defaultTaxonomyRows, type TaxonomyRow, taxonomyRowsOf, taxonomyRules } from './taxonomy-rules';
