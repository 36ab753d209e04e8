/** A mistake in how the command was called or in the files it was given: exit 1, nothing written. */
export class UsageError extends Error {
  override name = 'UsageError';
}
