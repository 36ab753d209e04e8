import { argb, isDateFormat } from '../xlsx-cells';
import { attr, escapeXml } from './xml-text';

/** How a written cell looks, as far as Spiral styles cells. */
export interface CellLook {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** '#rrggbb' */
  color?: string;
  background?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** Built-in number formats exceljs reads as dates (its defaultnumformats table), so both readers agree. */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const FIRST_CUSTOM_FORMAT = 164;

const section = (xml: string, name: string) =>
  new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`).exec(xml);

const items = (body: string | undefined, name: string): string[] =>
  body === undefined
    ? []
    : [
        ...body.matchAll(
          new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`, 'g'),
        ),
      ].map((m) => m[0]);

/**
 * The workbook's styles.xml, kept as text: cell formats are looked up by index, and the formats
 * Spiral needs (a date format on a typed cell, a summary tab's bold header) are appended, so every
 * existing `s="…"` in sheets that are copied as they are still means what it meant.
 */
export class StyleBook {
  private readonly formats = new Map<number, string>();
  private readonly xfs: string[];
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly added = {
    xfs: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    numFmts: [] as string[],
  };
  private readonly byKey = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;

  constructor(private readonly xml: string) {
    for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
      const id = Number(attr(m[1]!, 'numFmtId'));
      this.formats.set(id, attr(m[1]!, 'formatCode') ?? '');
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.xfs = items(section(xml, 'cellXfs')?.[1], 'xf');
    this.fonts = items(section(xml, 'fonts')?.[1], 'font');
    this.fills = items(section(xml, 'fills')?.[1], 'fill');
  }

  get changed(): boolean {
    return this.added.xfs.length > 0;
  }

  /** The number format code of a cell format ('' for General). */
  formatOf(xf: number): string {
    const tag = this.xfs[xf] ?? this.added.xfs[xf - this.xfs.length];
    if (tag === undefined) return '';
    const id = Number(attr(tag.slice(0, tag.indexOf('>') + 1), 'numFmtId') ?? 0);
    const code = this.formats.get(id);
    if (code !== undefined) return code;
    return BUILT_IN_DATE_IDS.has(id) ? 'yyyy-mm-dd' : '';
  }

  /** Whether a number in a cell of this format reads back as a date (exceljs: never for format 0). */
  isDate(xf: number): boolean {
    return xf !== 0 && isDateFormat(this.formatOf(xf));
  }

  /** A cell format like `base` but showing the number format `code`. */
  withFormat(base: number, code: string): number {
    return this.remember(`fmt|${base}|${code}`, () => {
      const tag =
        this.xfs[base] ??
        this.added.xfs[base - this.xfs.length] ??
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      return this.setAttrs(tag, { numFmtId: String(this.formatId(code)), applyNumberFormat: '1' });
    });
  }

  /** A cell format for a generated tab's cell (fonts and fills start from the book's default font). */
  look(look: CellLook): number {
    const key = JSON.stringify(look);
    if (key === '{}') return 0;
    return this.remember(`look|${key}`, () => {
      const set: Record<string, string> = {
        numFmtId: '0',
        fontId: '0',
        fillId: '0',
        borderId: '0',
        xfId: '0',
      };
      if (look.numFmt !== undefined) {
        set.numFmtId = String(this.formatId(look.numFmt));
        set.applyNumberFormat = '1';
      }
      if (look.bold || look.italic || look.size !== undefined || look.color !== undefined) {
        set.fontId = String(this.font(look));
        set.applyFont = '1';
      }
      if (look.background !== undefined) {
        const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.background)}"/></patternFill></fill>`;
        set.fillId = String(this.reuse(this.fills, this.added.fills, fill));
        set.applyFill = '1';
      }
      const attrs = Object.entries(set)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      if (!look.wrap && look.align === undefined) return `<xf${attrs}/>`;
      const align = `${look.align ? ` horizontal="${look.align}"` : ''}${look.wrap ? ' wrapText="1"' : ''}`;
      return `<xf${attrs} applyAlignment="1"><alignment${align}/></xf>`;
    });
  }

  /** styles.xml with the added formats, fonts, fills and cell formats. */
  toXml(): string {
    let xml = this.xml;
    xml = this.append(xml, 'numFmts', this.added.numFmts, (s) =>
      s.replace(/<(\w+:)?styleSheet\b[^>]*>/, (open) => `${open}<numFmts count="0"></numFmts>`),
    );
    xml = this.append(xml, 'fonts', this.added.fonts);
    xml = this.append(xml, 'fills', this.added.fills);
    xml = this.append(xml, 'cellXfs', this.added.xfs);
    return xml;
  }

  private append(xml: string, name: string, added: string[], create?: (xml: string) => string): string {
    if (added.length === 0) return xml;
    let out = xml;
    if (!section(out, name)) {
      if (!create) throw new Error(`styles.xml has no <${name}>`);
      out = create(out);
    }
    out = out.replace(new RegExp(`<(\\w+:)?${name}\\b([^>]*?)/>`), `<$1${name}$2></$1${name}>`);
    const match = section(out, name)!;
    const total = items(match[1], name === 'cellXfs' ? 'xf' : name.slice(0, -1)).length + added.length;
    const open = match[0]
      .slice(0, match[0].indexOf('>') + 1)
      .replace(/\scount="\d+"/, '')
      .replace(/>$/, ` count="${total}">`);
    const close = match[0].slice(match[0].lastIndexOf('</'));
    const inner = match[1] ?? '';
    return out.replace(match[0], () => `${open}${inner}${added.join('')}${close}`);
  }

  private font(look: CellLook): number {
    const base = this.fonts[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    let inner = base.replace(/^<font\b[^>]*>|<\/font>$|^<font\b[^>]*\/>$/g, '');
    inner = inner.replace(/<(b|i)(\s[^>]*)?\/>/g, '');
    if (look.size !== undefined) inner = `${inner.replace(/<sz\b[^>]*\/>/, '')}<sz val="${look.size}"/>`;
    if (look.color !== undefined)
      inner = `${inner.replace(/<color\b[^>]*\/>/, '')}<color rgb="${argb(look.color)}"/>`;
    // Elements of a font come in the schema's order: b, i before the rest.
    const lead = `${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}`;
    return this.reuse(this.fonts, this.added.fonts, `<font>${lead}${this.ordered(inner)}</font>`);
  }

  /**
   * The index of an identical element already in the list, else of the one appended: a tab
   * rewritten every week finds the formats its last rewrite added, so styles.xml does not grow.
   */
  private reuse(existing: string[], added: string[], xml: string): number {
    const at = existing.indexOf(xml);
    if (at >= 0) return at;
    const mine = added.indexOf(xml);
    if (mine >= 0) return existing.length + mine;
    added.push(xml);
    return existing.length + added.length - 1;
  }

  /** Puts a font's children in the order the schema wants (strike…sz, color, name, family, charset, scheme). */
  private ordered(inner: string): string {
    const order = [
      'strike',
      'condense',
      'extend',
      'outline',
      'shadow',
      'u',
      'vertAlign',
      'sz',
      'color',
      'name',
      'family',
      'charset',
      'scheme',
    ];
    const parts = [...inner.matchAll(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map((m) => ({
      name: m[1]!,
      xml: m[0],
    }));
    return parts
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
      .map((p) => p.xml)
      .join('');
  }

  private formatId(code: string): number {
    if (code === '' || code === 'General') return 0;
    for (const [id, existing] of this.formats) if (existing === code) return id;
    const id = this.nextFormatId++;
    this.formats.set(id, code);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private setAttrs(tag: string, set: Record<string, string>): string {
    let out = tag;
    for (const [name, value] of Object.entries(set)) {
      const re = new RegExp(`(<(?:\\w+:)?xf\\b[^>]*?)\\s${name}="[^"]*"`);
      out = out.replace(re, '$1');
      out = out.replace(/^<((?:\w+:)?xf)\b/, `<$1 ${name}="${value}"`);
    }
    return out;
  }

  private remember(key: string, make: () => string): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const index = this.reuse(this.xfs, this.added.xfs, make());
    this.byKey.set(key, index);
    return index;
  }
}
