/**
 * The font chart pictures draw their text with. resvg reads the whole font file again for each
 * run of text it lays out, so a 5 MB CJK font cost ≈ 50 ms per chart (a run-due writing 11 tabs
 * draws 88 charts: 5 s). Charts draw one CJK font found on the machine instead, cut down by
 * HarfBuzz's subsetter to the characters drawn so far (≈ 40 KB): the same glyphs, so the same
 * pixels, read in a fraction of the time. The cut font grows when a chart needs a new character.
 *
 * SPIRAL_CHART_FONT names the font file to use; otherwise the first known CJK font in the usual
 * font folders, else the one `npm ci` brings (Noto Sans Hans, GB2312's characters, from
 * @embedpdf/fonts-sc: OpenType files resvg reads, where most font packages ship only WOFF). With
 * none found, or for a chart holding a character the font lacks, the chart is drawn with every
 * system font and the shipped one (slower, same result).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Known CJK fonts by file name, in order of preference (Simplified Chinese forms first). */
const KNOWN_CJK = [
  /^wqy-microhei\.ttc$/i,
  /^NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i,
  /^NotoSansSC-Regular\.(ttf|otf)$/i,
  /^SourceHanSans(SC|CN)?-Regular\.(ttc|otf)$/i,
  /^msyh\.(ttc|ttf)$/i,
  /^PingFang\.ttc$/i,
  /^Hiragino Sans GB\.ttc$/i,
  /^wqy-zenhei\.ttc$/i,
  /^DroidSansFallback(Full)?\.ttf$/i,
  /^simhei\.ttf$/i,
  /^simsun\.ttc$/i,
];

/** The CJK font installed with Spiral's packages (the regular weight), or null when it is missing. */
export function shippedCjkFont(): string | null {
  try {
    // The package exports only its font list, so the file is found beside its entry point.
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const file = join(dirname(entry), '..', 'fonts', 'NotoSansHans-Regular.otf');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The folders a system keeps its fonts in. */
export function fontFolders(): string[] {
  const home = homedir();
  if (process.platform === 'win32')
    return [
      join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
      join(process.env.LOCALAPPDATA ?? '', 'Microsoft', 'Windows', 'Fonts'),
    ];
  if (process.platform === 'darwin')
    return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library/Fonts')];
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local/share/fonts'),
    join(home, '.fonts'),
  ];
}

/** Font files under `folder`, a few levels down (Linux keeps them in /usr/share/fonts/truetype/<family>/). */
function fontFiles(folder: string, depth = 3): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) {
      if (depth > 0) files.push(...fontFiles(path, depth - 1));
    } else files.push(path);
  }
  return files;
}

/**
 * The CJK font file charts use: SPIRAL_CHART_FONT, else the most preferred known font installed in
 * `folders`, else the shipped one.
 */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env, folders = fontFolders()): string | null {
  const chosen = env.SPIRAL_CHART_FONT;
  if (chosen) return existsSync(chosen) ? chosen : null;
  const files = folders.flatMap((folder) => fontFiles(folder));
  const base = (path: string) => path.split(/[\\/]/).pop() ?? '';
  for (const known of KNOWN_CJK) {
    const found = files.find((file) => known.test(base(file)));
    if (found) return found;
  }
  return shippedCjkFont();
}

/** The exports of harfbuzzjs's subsetter (harfbuzz-subset.wasm) this file calls. */
interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

const HB_MEMORY_MODE_WRITABLE = 2;

/** WebAssembly as Node has it (the project's TypeScript libraries do not declare it). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: object };
    };
  }
).WebAssembly;

let harfbuzz: HarfBuzzSubset | undefined;

function subsetter(): HarfBuzzSubset {
  if (!harfbuzz) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new wasmApi.Instance(new wasmApi.Module(wasm), {});
    harfbuzz = instance.exports as unknown as HarfBuzzSubset;
    harfbuzz._initialize?.();
  }
  return harfbuzz;
}

/** The first face of `font` (a .ttf/.otf or a .ttc collection) cut down to `codepoints`, as a TrueType/OpenType file. */
export function subsetFont(font: Uint8Array, codepoints: Iterable<number>): Buffer {
  const hb = subsetter();
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new Error('HarfBuzz could not start a subset');
    const set = hb.hb_subset_input_unicode_set(input);
    for (const c of codepoints) hb.hb_set_add(set, c);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not cut the font down');
    const result = hb.hb_face_reference_blob(subset);
    const at = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    // Copied out before anything else runs in the module: its memory may grow and move.
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, at, length));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new Error('HarfBuzz returned an empty font');
    return bytes;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}

/** Printable ASCII: always in the cut font, so most charts add nothing. */
const BASE = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * One CJK font, cut down to the characters asked for so far. `draw(text, use)` hands `use` a font
 * file (resvg takes fonts by path) holding every character of `text`, cutting a bigger font when
 * some are new, or returns null when the font lacks one of them (`hasGlyph` draws a character alone
 * with the cut font to find out, once per character). The file lives in a private temporary folder
 * only while `use` runs: writing 40 KB is nothing beside drawing, and nothing is left behind.
 */
export class CutFont {
  private readonly chars = new Set<number>(BASE);
  private readonly lacking = new Set<number>();
  private cut: Buffer | null = null;

  constructor(
    private readonly font: Uint8Array,
    private readonly hasGlyph: (fontFile: string, char: string) => boolean,
  ) {}

  draw<T>(text: string, use: (fontFile: string) => T): T | null {
    const fresh: string[] = [];
    let lacks = false;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (this.lacking.has(c)) lacks = true;
      else if (c >= 0x20 && !this.chars.has(c)) {
        this.chars.add(c);
        fresh.push(ch);
      }
    }
    if (lacks) return null;
    if (fresh.length > 0 || this.cut === null) this.cut = subsetFont(this.font, this.chars);
    const dir = mkdtempSync(join(tmpdir(), 'spiral-chart-font-'));
    try {
      const file = join(dir, 'cut.ttf');
      writeFileSync(file, this.cut);
      for (const ch of fresh) {
        // Spaces draw nothing in any font; everything else is checked once.
        if (/\s/u.test(ch) || this.hasGlyph(file, ch)) continue;
        this.lacking.add(ch.codePointAt(0)!);
        lacks = true;
      }
      return lacks ? null : use(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
