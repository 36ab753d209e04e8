/** A mistake in how the command was called or in the files it was given: exit 1, nothing written. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Another spiral command holds the workbook: exit 4, nothing written. */
export class BookBusyError extends Error {
  override name = 'BookBusyError';
  constructor(path: string) {
    super(`${path} is busy: another spiral command is working on it; try again shortly`);
  }
}
