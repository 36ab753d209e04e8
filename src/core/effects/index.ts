/** The effects folder's public entry: what the shells (cli, gas, tools) import from it. */
export type { Action } from './actions';
export { computeEffects } from './compute-effects';
export { effectLabelText } from './effects-layout';
export { effectsMessage, generateEffects, writeEffects } from './generate-effects';
export { buildQueueTabs, queuesMessage, writeQueues } from './generate-queues';
export { readQueueOrders } from './order-purchases';
export type { EffectTarget } from './target';
