import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** main when the subject-line rule was set (issue 24): every later commit follows it. */
const BASE = '52261bde7bea83bd99401d081ca48227945fe1b2';
/**
 * Subjects over the limit that are on main; history is not rewritten. 0b57991 (75 characters) landed
 * before this test did; f9155dd (74) landed past it on 2026-12-06, and this test caught it.
 */
const LANDED_OVER_THE_LIMIT = new Set([
  '0b57991dc47e698cce00f58c40f366cbda8fa9d6',
  'f9155ddc2df22b86d680cf1b536c7e41b511168f',
]);

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: __dirname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

/** Subject and second line of each commit after the base, or why they cannot be read here. */
function commitsAfterBase():
  | { commits: { hash: string; subject: string; second: string }[] }
  | { skip: string } {
  if (git(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return { skip: 'not a git checkout' };
  if (git(['cat-file', '-e', `${BASE}^{commit}`]) === null)
    return { skip: 'the base commit is not here (shallow clone)' };
  if (git(['merge-base', '--is-ancestor', BASE, 'HEAD']) === null)
    return { skip: 'the base is not an ancestor of HEAD' };
  const log = git(['log', '--format=%H%x00%B%x01', `${BASE}..HEAD`]) ?? '';
  const commits = log
    .split('\x01')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter((entry) => entry.includes('\x00'))
    .map((entry) => {
      const [hash, body] = entry.split('\x00') as [string, string];
      const lines = body.split('\n');
      return { hash, subject: lines[0] ?? '', second: lines[1] ?? '' };
    });
  return { commits };
}

function subjectProblems(commits: { hash: string; subject: string; second: string }[]): string[] {
  return commits.flatMap(({ hash, subject, second }) => {
    if (LANDED_OVER_THE_LIMIT.has(hash)) return [];
    const problems: string[] = [];
    if ([...subject].length > 72)
      problems.push(`${hash.slice(0, 7)}: subject of ${[...subject].length} characters`);
    if (second.trim() !== '') problems.push(`${hash.slice(0, 7)}: no blank line after the subject`);
    return problems;
  });
}

describe('commit messages', () => {
  const found = commitsAfterBase();

  it.skipIf('skip' in found)('have a subject of at most 72 characters and a blank second line', () => {
    if ('skip' in found) return;
    expect(subjectProblems(found.commits)).toEqual([]);
  });

  it('the rule catches a long subject and a missing blank line', () => {
    expect(
      subjectProblems([
        { hash: 'a'.repeat(40), subject: 'x'.repeat(73), second: '' },
        { hash: 'b'.repeat(40), subject: '订单'.repeat(36), second: '' },
        { hash: 'c'.repeat(40), subject: 'Short', second: 'body right away' },
      ]),
    ).toEqual(['aaaaaaa: subject of 73 characters', 'ccccccc: no blank line after the subject']);
  });
});
