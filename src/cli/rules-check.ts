import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from '../core/messages';
import { parseChatReading, parseLexicon } from '../core/reading';
import { parseRuleFile } from '../core/rules';
import type { Lang } from '../core/sheets';
import { cliLang } from './cli-lang';
import { readRuleJson } from './rule-json';

/**
 * Validates every `*.json` rule file in a folder (`spiral rules check [--dir rules]`). `ok` is
 * false when any file is invalid; `messages` then name file, rule and field, one per problem,
 * and otherwise say what each file holds.
 */
export async function rulesCheck(
  dir: string,
  lang: Lang = cliLang(),
): Promise<{ ok: boolean; messages: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    return { ok: false, messages: [`${dir}: cannot read the folder (${(error as Error).message})`] };
  }
  if (names.length === 0) return { ok: false, messages: [`${dir}: no *.json rule files`] };
  const problems: string[] = [];
  const summaries: string[] = [];
  for (const name of names) {
    const read = readRuleJson(await readFile(join(dir, name), 'utf8'));
    if (!read.ok) {
      problems.push(`${name}: ${render(lang, read.reason)}`);
      continue;
    }
    // The reading lexicon is words, not rules: validated by its own schema.
    const json = read.json as { type?: unknown };
    if (json !== null && typeof json === 'object' && json.type === 'lexicon') {
      const lexicon = parseLexicon(name, read.json);
      if (lexicon.ok) summaries.push(`${name}: lexicon, ok`);
      else problems.push(...lexicon.messages);
      continue;
    }
    if (json !== null && typeof json === 'object' && json.type === 'chat-reading') {
      const chat = parseChatReading(name, read.json);
      if (chat.ok) summaries.push(`${name}: chat-reading, ok`);
      else problems.push(...chat.messages);
      continue;
    }
    const parsed = parseRuleFile(name, read.json);
    if (parsed.ok) summaries.push(`${name}: ${parsed.file.type}, ${parsed.file.rules.length} rules, ok`);
    else problems.push(...parsed.messages);
  }
  return problems.length > 0 ? { ok: false, messages: problems } : { ok: true, messages: summaries };
}
