import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PropertiesPort } from '../ports';

/** The CLI's document properties: a small JSON file beside the workbook. */
export class FileProperties implements PropertiesPort {
  private readonly values: Record<string, string>;
  constructor(private readonly path: string) {
    this.values = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  }

  static beside(book: string): FileProperties {
    return new FileProperties(join(dirname(book), `.${basename(book)}.spiral.json`));
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }
  set(key: string, value: string): void {
    this.values[key] = value;
    this.flush();
  }
  remove(key: string): void {
    delete this.values[key];
    this.flush();
  }
  private flush(): void {
    writeFileSync(this.path, `${JSON.stringify(this.values, null, 2)}\n`);
  }
}
