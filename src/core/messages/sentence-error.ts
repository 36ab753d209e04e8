/**
 * An error whose message is already a whole sentence from the catalogue, for the person: the
 * shells (CLI, menu, panel) show it as it is, never with a stack trace.
 */
export class SentenceError extends Error {
  override name = 'SentenceError';
}
