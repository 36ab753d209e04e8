/** The messages folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type Message, type MessageKey, type MessageParams, render, say } from './catalogue';
export { SentenceError } from './sentence-error';
