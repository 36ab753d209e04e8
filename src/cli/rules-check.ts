import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRuleFile } from '../core/rules/rule-file';

/**
 * Validates every `*.json` rule file in a folder (`spiral rules check [--dir rules]`). `ok` is
 * false when any file is invalid; `messages` then name file, rule and field, one per problem,
 * and otherwise say what each file holds.
 */
export async function rulesCheck(dir: string): Promise<{ ok: boolean; messages: string[] }> {
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
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = parseRuleFile(name, json);
    if (parsed.ok) summaries.push(`${name}: ${parsed.file.type}, ${parsed.file.rules.length} rules, ok`);
    else problems.push(...parsed.messages);
  }
  return problems.length > 0 ? { ok: false, messages: problems } : { ok: true, messages: summaries };
}
