import * as z from 'zod/mini';
import actions from '../../../templates/actions.json';
import ads from '../../../templates/ads.json';
import agents from '../../../templates/agents.json';
import competitors from '../../../templates/competitors.json';
import dsr from '../../../templates/dsr.json';
import enumsFile from '../../../templates/enums.json';
import inquiries from '../../../templates/inquiries.json';
import lexicon from '../../../templates/lexicon.json';
import orderLines from '../../../templates/order-lines.json';
import orders from '../../../templates/orders.json';
import probes from '../../../templates/probes.json';
import problems from '../../../templates/problems.json';
import products from '../../../templates/products.json';
import reviews from '../../../templates/reviews.json';
import runLog from '../../../templates/run-log.json';
import scorecard from '../../../templates/scorecard.json';
import settings from '../../../templates/settings.json';
import taxonomy from '../../../templates/taxonomy.json';
import transcripts from '../../../templates/transcripts.json';
import type { WorkbookPort } from '../../ports';
import { formatIssues } from './schema-issues';

export type { Lang } from '../messages/lang';

import type { Lang } from '../messages/lang';

export const SHEET_KEYS = [
  'inquiries',
  'reviews',
  'orders',
  'orderLines',
  'transcripts',
  'products',
  'ads',
  'dsr',
  'taxonomy',
  'lexicon',
  'competitors',
  'probes',
  'actions',
  'scorecard',
  'agents',
  'settings',
  'problems',
  'runLog',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

const CATEGORY_KINDS = ['pre-sale', 'after-sale', 'review', 'no-deal'] as const;

export const ColumnSpecSchema = z.object({
  key: z.string().check(z.minLength(1)),
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  type: z.enum([
    'date',
    'datetime',
    'month',
    'text',
    'number',
    'boolean',
    'enum',
    'category',
    'categories',
    'shop',
  ]),
  required: z.optional(z.boolean()),
  requiredWhen: z.optional(z.object({ column: z.string(), equals: z.string() })),
  enum: z.optional(z.string()),
  categoryKinds: z.optional(z.array(z.enum(CATEGORY_KINDS))),
  integer: z.optional(z.boolean()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  width: z.optional(z.number().check(z.positive())),
  numberFormat: z.optional(z.string()),
  auto: z.optional(z.enum(['always', 'where blank'])),
  note: z.optional(z.string()),
  /** Long text (an explanation) wraps in its cell. */
  wrap: z.optional(z.boolean()),
  /** Other header texts that name this column (platform exports), matched like the labels. */
  aliases: z.optional(z.array(z.string())),
  /** A file without this column takes it from the column of that key (订单编号 from 主订单编号). */
  orFrom: z.optional(z.string()),
});
export type ColumnSpec = z.infer<typeof ColumnSpecSchema>;

/**
 * What makes two imported rows the same record: its key columns (a date column listed in `byDay`
 * compares by its day), and the columns a later import may change on it (orders change state).
 * Without one, a row is the same as another when every column of the file holds the same value.
 */
export const ImportKeySchema = z.object({
  columns: z.array(z.string()).check(z.minLength(1)),
  byDay: z.optional(z.array(z.string())),
  update: z.optional(z.array(z.string())),
  /** Key columns a file may lack (then blank in the key): an order report has no 子订单编号. */
  optional: z.optional(z.array(z.string())),
  /**
   * A key column a spreadsheet may have turned into a number (a 19-digit order number keeps only
   * its first 15–17 digits): such a row is the same record as one whose text has the same first
   * `digits` digits and the same `with` columns.
   */
  approximate: z.optional(z.object({ column: z.string(), digits: z.number(), with: z.array(z.string()) })),
});
export type ImportKey = z.infer<typeof ImportKeySchema>;

export const TemplateSchema = z.object({
  key: z.enum(SHEET_KEYS),
  name: z.object({ zh: z.string(), en: z.string() }),
  description: z.string(),
  columns: z.array(ColumnSpecSchema).check(z.minLength(1)),
  importKey: z.optional(ImportKeySchema),
});
export type Template = z.infer<typeof TemplateSchema>;

export const EnumOptionSchema = z.object({
  value: z.string(),
  zh: z.string(),
  en: z.string(),
  aliases: z.optional(z.array(z.string())),
});
export type EnumOption = z.infer<typeof EnumOptionSchema>;

export const EnumsFileSchema = z.object({
  description: z.string(),
  enums: z.record(z.string(), z.array(EnumOptionSchema)),
});

function parseTemplate(file: string, json: unknown): Template {
  const parsed = TemplateSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/${file}: ${formatIssues(parsed.error.issues)}`);
  const template = parsed.data;
  const keys = new Set<string>();
  for (const column of template.columns) {
    if (column.orFrom !== undefined && !template.columns.some((c) => c.key === column.orFrom))
      throw new Error(`templates/${file}: column "${column.key}": orFrom "${column.orFrom}" is not a column`);
    if (keys.has(column.key)) throw new Error(`templates/${file}: column "${column.key}" appears twice`);
    keys.add(column.key);
    if (column.type === 'enum' && !(column.enum && column.enum in ENUMS)) {
      throw new Error(
        `templates/${file}: column "${column.key}": enum "${column.enum}" is not in enums.json`,
      );
    }
  }
  const key = template.importKey;
  const approximate = key?.approximate ? [key.approximate.column, ...key.approximate.with] : [];
  const referenced = [...(key?.columns ?? []), ...(key?.byDay ?? []), ...(key?.update ?? [])];
  for (const column of [...referenced, ...(key?.optional ?? []), ...approximate]) {
    if (!keys.has(column)) throw new Error(`templates/${file}: importKey: no column "${column}"`);
  }
  return template;
}

function parseEnums(json: unknown): Record<string, EnumOption[]> {
  const parsed = EnumsFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/enums.json: ${formatIssues(parsed.error.issues)}`);
  return parsed.data.enums;
}

export const ENUMS: Record<string, EnumOption[]> = parseEnums(enumsFile);

export const TEMPLATES: Record<SheetKey, Template> = {
  inquiries: parseTemplate('inquiries.json', inquiries),
  reviews: parseTemplate('reviews.json', reviews),
  orders: parseTemplate('orders.json', orders),
  orderLines: parseTemplate('order-lines.json', orderLines),
  products: parseTemplate('products.json', products),
  ads: parseTemplate('ads.json', ads),
  dsr: parseTemplate('dsr.json', dsr),
  transcripts: parseTemplate('transcripts.json', transcripts),
  taxonomy: parseTemplate('taxonomy.json', taxonomy),
  lexicon: parseTemplate('lexicon.json', lexicon),
  competitors: parseTemplate('competitors.json', competitors),
  probes: parseTemplate('probes.json', probes),
  actions: parseTemplate('actions.json', actions),
  scorecard: parseTemplate('scorecard.json', scorecard),
  agents: parseTemplate('agents.json', agents),
  settings: parseTemplate('settings.json', settings),
  problems: parseTemplate('problems.json', problems),
  runLog: parseTemplate('run-log.json', runLog),
};

/** Header text is matched loosely: full-width forms, case and spacing do not matter. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sheetName(key: SheetKey, lang: Lang): string {
  return TEMPLATES[key].name[lang];
}

/** The sheet holding a template, whichever language its name is in (or its key). */
export function findSheet(wb: WorkbookPort, key: SheetKey): string | null {
  const wanted = new Set(
    [TEMPLATES[key].name.zh, TEMPLATES[key].name.en, key].map((name) => normalizeLabel(name)),
  );
  return wb.sheetNames().find((name) => wanted.has(normalizeLabel(name))) ?? null;
}

export function columnSpec(key: SheetKey, column: string): ColumnSpec {
  const spec = TEMPLATES[key].columns.find((c) => c.key === column);
  if (!spec) throw new Error(`template ${key} has no column "${column}"`);
  return spec;
}

export function columnLabel(key: SheetKey, column: string, lang: Lang): string {
  return columnSpec(key, column)[lang];
}

const enumIndex = new Map<string, Map<string, EnumOption>>();

/** Finds the enum option for a value typed in either language, by key or alias. */
export function enumOption(enumName: string, value: string): EnumOption | null {
  let index = enumIndex.get(enumName);
  if (!index) {
    index = new Map();
    for (const o of ENUMS[enumName] ?? []) {
      for (const label of [o.value, o.zh, o.en, ...(o.aliases ?? [])]) index.set(normalizeLabel(label), o);
    }
    enumIndex.set(enumName, index);
  }
  // Sheets repeat a handful of values thousands of times: look up the raw text first.
  const hit = index.get(value);
  if (hit) return hit;
  const option = index.get(normalizeLabel(value)) ?? null;
  if (option && index.size < 1000) index.set(value, option);
  return option;
}

export function enumLabel(enumName: string, value: string, lang: Lang): string {
  const option = (ENUMS[enumName] ?? []).find((o) => o.value === value);
  return option ? option[lang] : value;
}

export function enumLabels(enumName: string, lang: Lang): string[] {
  return (ENUMS[enumName] ?? []).map((o) => o[lang]);
}
