/** HtmlService for the fake: an output remembers which project file it came from and its title. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlOutputApi, HtmlServiceApi } from '../../src/gas/gas-api';
import { DIST } from '../../src/tools/build';

export class FakeHtmlOutput implements HtmlOutputApi {
  title = '';

  constructor(readonly file: string) {}

  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  /** Fails as Apps Script does when the project has no such .html file (here: none in dist/). */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const file = join(DIST, `${filename}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(file);
  }
}
