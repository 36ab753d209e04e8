import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/cli/ingest/read-export';
import { parseDelimitedText } from '../../../src/core/ingest/delimited-text';
import { tempDir } from '../../fakes/temp-dir';

const EXPORT =
  '订单编号,买家会员名,买家实际支付金额,备注\r\n1001,张三,"¥1,280.50",=HYPERLINK("x")\r\n1002,李四,"￥12,000","两行\n备注"\r\n';

/** The sidebar's path: the browser decodes the chosen file with TextDecoder, then runs the core's parser. */
describe('text → rows in the browser', () => {
  it('gives the same table from TextDecoder text as the CLI reader gives from the bytes', async () => {
    const file = join(tempDir('spiral-browser-path'), 'orders.csv');
    writeFileSync(file, iconv.encode(EXPORT, 'gbk'));
    const cli = await readExport(file);
    const page = parseDelimitedText(new TextDecoder('gbk').decode(iconv.encode(EXPORT, 'gbk')));
    expect(page).toEqual(cli.table);
    expect(page.rows.map((r) => r.cells[1])).toEqual(['张三', '李四']);
  });

  it('bundles for the browser with no Node built-in and runs where there is no process, Buffer or require', async () => {
    const bundled = await build({
      entryPoints: [join(__dirname, '../../../src/core/ingest/delimited-text.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'Ingest',
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]!.text;
    const context: Record<string, unknown> = { text: EXPORT };
    runInNewContext(`${code}\nglobalThis.result = JSON.stringify(Ingest.parseDelimitedText(text));`, context);
    expect(JSON.parse(context.result as string)).toEqual(
      JSON.parse(JSON.stringify(parseDelimitedText(EXPORT))),
    );
  });
});
