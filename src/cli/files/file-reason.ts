import { type MessageKey, say } from '../../core/messages';
import type { Lang } from '../../core/sheets';

const FILE_REASONS: Record<string, MessageKey> = {
  EISDIR: 'cli.file.EISDIR',
  EROFS: 'cli.file.EROFS',
  ENOSPC: 'cli.file.ENOSPC',
  EDQUOT: 'cli.file.ENOSPC',
  EACCES: 'cli.file.EACCES',
  EPERM: 'cli.file.EPERM',
  ENOENT: 'cli.file.ENOENT',
  ENOTDIR: 'cli.file.ENOTDIR',
};

/** The system's error code of a failed file operation (ENOSPC, EROFS, …), when it gave one. */
export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Why the system refused a file, as a catalogue phrase; undefined for a code the catalogue does not know. */
export function fileReason(error: unknown, lang: Lang): string | undefined {
  const code = errorCode(error);
  const key = code === undefined ? undefined : FILE_REASONS[code];
  return key && say(lang, key);
}
