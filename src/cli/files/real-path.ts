import { lstatSync, readlinkSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/** Linux gives up after 40 links in a row; so do we. */
const MAX_LINKS = 40;

/**
 * The file a path names once symbolic links are followed, so a save replaces the file a link points
 * to rather than the link itself. A path that does not exist (yet) is its own answer; a dangling
 * link gives the path it points to, which the save then creates.
 */
export function followLinks(path: string): string {
  let current = path;
  for (let i = 0; i < MAX_LINKS; i++) {
    let link: boolean;
    try {
      link = lstatSync(current).isSymbolicLink();
    } catch {
      return current;
    }
    if (!link) return current;
    const target = readlinkSync(current);
    current = isAbsolute(target) ? target : join(dirname(current), target);
  }
  throw new Error(`${path}: more than ${MAX_LINKS} symbolic links in a row`);
}
