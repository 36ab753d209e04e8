/** Rich text as Sheets' RichTextValue shows it to a script: runs of text, each with an optional link. */
import type { RichTextApi } from '../../src/gas/gas-api';

export interface FakeRun {
  text: string;
  /** A hyperlink on this run of text. */
  link?: string;
  bold?: boolean;
}

export class FakeRichText implements RichTextApi {
  constructor(readonly runs: readonly FakeRun[]) {}

  getText(): string {
    return this.runs.map((run) => run.text).join('');
  }

  /** The link of the whole text: null unless every run carries the same one (as in Sheets). */
  getLinkUrl(): string | null {
    const first = this.runs[0]?.link ?? null;
    return first !== null && this.runs.every((run) => run.link === first) ? first : null;
  }

  getRuns(): FakeRichText[] {
    return this.runs.map((run) => new FakeRichText([run]));
  }
}
