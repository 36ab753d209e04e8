/** The reading folder's public entry: what the shells (cli, gas, tools) import from it. */
export { parseChatReading } from './chat-reading';
export { defaultLexicon, type Lexicon, parseLexicon } from './lexicon';
export { readLexiconSheet } from './lexicon-sheet';
export { afterFirstReply, type ChatLine, reasonFromChat } from './lost-reason';
export { type Reader, type Reading, readText } from './reader';
export { readerOf } from './taxonomy-reader';
