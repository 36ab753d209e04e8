/**
 * What the main commands print, in a Chinese and in an English workbook, holds no catalogue text
 * of the other language (issue 12: one language per workbook, CLI output and errors included).
 * A workbook of the demo's data, imported and worked on command by command as a team would.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asTextRows } from '../../src/cli/commands/demo';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cli/demo/generate-demo';
import { demoInLanguage } from '../../src/cli/demo/in-language';
import { main } from '../../src/cli/spiral';
import { type Lang, TEMPLATES } from '../../src/core/sheets/template';
import { otherLanguageLines } from '../core/messages/language-scan';
import { tempDir } from '../fakes/temp-dir';

afterEach(() => vi.restoreAllMocks());

/** Contract keys (a file's header may name its columns by them; the CLI quotes them back). */
const KEYS = new Set(Object.values(TEMPLATES).flatMap((t) => t.columns.map((c) => c.key)));

/** Runs one command, its stdout and stderr captured together. */
async function spiral(args: string[]): Promise<{ code: number; text: string }> {
  const printed: string[] = [];
  const keep = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  try {
    return { code: await main(args), text: printed.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

describe.each(['zh', 'en'] as Lang[])('the CLI in a %s workbook', (lang) => {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';

  it(`prints no ${other} catalogue text from init, import, match, classify, kpi, summary, effects, queues and run-due`, async () => {
    const dir = tempDir(`spiral-cli-${lang}`);
    const book = join(dir, 'shop.xlsx');
    const data = demoInLanguage(generateDemo(DEMO_DEFAULTS), lang);
    const csv = (name: string, rows: readonly (readonly unknown[])[]) => {
      const path = join(dir, name);
      writeFileSync(path, `\uFEFF${stringify(rows as unknown[][])}`);
      return path;
    };
    const table = (records: readonly object[]) => {
      const { header, rows } = asTextRows(records);
      return [header, ...rows];
    };
    // One bad row, so the rejected-row lines are printed too.
    const inquiries = table(data.inquiries);
    inquiries.push(inquiries[1]!.map((cell, i) => (inquiries[0]![i] === 'date' ? '2026-02-30' : cell)));
    // One action whose target names no category, so effects prints a problem line too.
    const actions = table(data.actions);
    actions.push(actions[1]!.map((cell, i) => (actions[0]![i] === 'target' ? '不存在的类别' : cell)));
    const runs: [string[], number][] = [
      [['init', book, '--lang', lang], 0],
      [['import', book, '--sheet', 'inquiries', '--file', csv('inquiries.csv', inquiries)], 3],
      [['import', book, '--sheet', 'reviews', '--file', csv('reviews.csv', table(data.reviews))], 0],
      [['import', book, '--sheet', 'scorecard', '--file', csv('scorecard.csv', table(data.scorecard))], 0],
      [['import', book, '--sheet', 'actions', '--file', csv('actions.csv', actions)], 0],
      [['import', book, '--sheet', 'orders', '--file', csv('orders.csv', data.exports.orders)], 0],
      [['import', book, '--sheet', 'chats', '--file', csv('chats.csv', data.exports.chats)], 0],
      [['match', book, '--now', '2026-11-30T06:00:00+08:00'], 0],
      [['classify', book], 0],
      [['kpi', book, '--month', '2026-10'], 0],
      [['summary', book, '--week', '2026-W46'], 0],
      [['effects', book, '--now', '2026-11-30T09:00:00+08:00'], 0],
      [['queues', book, '--now', '2026-11-30T09:00:00+08:00'], 0],
      [['run-due', book, '--now', '2026-11-03T06:00:00+08:00'], 0],
      [['kpi', book, '--month', '2026-13', '--lang', lang], 1],
    ];
    const found: { command: string; line: string; fragment: string }[] = [];
    let printed = 0;
    for (const [args, code] of runs) {
      const run = await spiral(args);
      expect(run.code, `${args.join(' ')}\n${run.text}`).toBe(code);
      printed += run.text.split('\n').length;
      for (const hit of otherLanguageLines(run.text, other)) found.push({ command: args[0]!, ...hit });
      // Sentences written inline (never in the catalogue) are English: in a Chinese workbook no line
      // may hold an English word once paths, option names and the product's name are set aside.
      if (lang === 'zh') {
        for (const line of run.text.split('\n')) {
          const words = line
            .replace(/\S*\/\S*|\bspiral [a-z-]+:?|--[a-z]+|Spiral|YYYY/g, ' ')
            .match(/[A-Za-z]{3,}/g)
            ?.filter((word) => !KEYS.has(word));
          if (words?.length) found.push({ command: args[0]!, line, fragment: words.join(' ') });
        }
      }
    }
    expect(printed).toBeGreaterThan(40);
    expect(found).toEqual([]);
  }, 300_000);
});
