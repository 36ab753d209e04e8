/** The core's typecheck knows no Node or Apps Script globals: a planted use of one must not compile. */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CORE } from './import-graph';

const PLANTED: Record<string, string> = {
  'process.env': 'export const planted = process.env.SPIRAL_LANG;',
  Buffer: "export const planted = Buffer.from('x');",
  SpreadsheetApp: 'export const planted = SpreadsheetApp.getActive();',
  'only the core': "import { rate } from './figures';\nexport const planted: number | null = rate(1, 2);",
};
const pathOf = (what: string) => join(CORE, `stats/planted-${what.replace(/\W/g, '-')}.ts`);

/** The core's own program (src/core/tsconfig.json) with the planted files, and each one's errors. */
function compileWithPlanted(): { files: string[]; errors: Map<string, string> } {
  const { config } = ts.readConfigFile(join(CORE, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, CORE);
  const texts = new Map(Object.entries(PLANTED).map(([what, text]) => [pathOf(what), text]));
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = texts.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language);
  };
  host.fileExists = (name) => texts.has(name) || fileExists.call(host, name);
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, ...texts.keys()],
    options: parsed.options,
    host,
  });
  const errors = new Map(
    Object.keys(PLANTED).map((what) => [
      what,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(pathOf(what)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
        .join('\n'),
    ]),
  );
  return { files: program.getSourceFiles().map((f) => f.fileName), errors };
}

describe("the core's typecheck", () => {
  const { files, errors } = compileWithPlanted();

  it('loads no Node types, not even through a package the core imports', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => f.includes('/@types/node/'))).toEqual([]);
  });

  it.each(['process', 'Buffer', 'SpreadsheetApp'])('refuses a planted use of %s', (name) => {
    const what = Object.keys(PLANTED).find((key) => key.startsWith(name))!;
    expect(errors.get(what)).toContain(`Cannot find name '${name}'`);
  });

  it('compiles a planted file that uses only the core', () => {
    expect(errors.get('only the core')).toBe('');
  });
});
