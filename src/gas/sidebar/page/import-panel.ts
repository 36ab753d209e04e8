/**
 * 导入文件 / Import a file: the browser reads and decodes the file (decode.ts), splits it into rows
 * with the core's own parser, and sends the rows in batches to the server, which runs the same
 * import as `spiral import`. Each batch is one execution; rows already present are skipped there,
 * so a batch sent twice adds nothing twice.
 */

import type { Delimiter, ImportNote, InputTable } from '../../../core/ingest';
import { addNotes, importBatches, readExportText } from '../../../core/ingest';
import type { SidebarBoot, SidebarImportBatch, SidebarImported } from '../functions';
import { decodeBytes, ENCODINGS, type Encoding } from './decode';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { runJob } from './run-job';
import { call, errorText } from './server';

/** Imports that bring orders or conversations: matching settles their inquiries' outcomes afterwards. */
const MATCHED_AFTER = ['orders', 'chats'];

/** Runs the menu's 匹配订单 job (spiral match's core) and shows what it did. */
async function matchAfterImport(status: HTMLElement, lang: string): Promise<void> {
  const line = h('div', { class: 'gray', 'data-test': 'import-match-status' }, t('sidebar.import.matching'));
  status.append(line, progressBar());
  try {
    const outcome = await runJob('matchOrders', '', lang);
    const ok = outcome.state === 'done' && outcome.ok;
    status.lastElementChild?.remove();
    replace(line, t(ok ? 'sidebar.import.matched' : 'sidebar.import.matchFailed'));
    line.className = ok ? 'ok' : 'error';
    status.append(
      h(
        'pre',
        { class: 'result', 'data-test': 'import-match' },
        outcome.state === 'done' ? outcome.message : '',
      ),
    );
  } catch (error) {
    status.lastElementChild?.remove();
    replace(line, t('sidebar.import.matchFailed'));
    line.className = 'error';
    status.append(h('pre', { class: 'result', 'data-test': 'import-match' }, errorText(error)));
  }
}

/** Rows per call: small enough for one execution's time and payload, large enough to be few calls. */
export const BATCH_ROWS = 1000;

const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK / GB18030',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

interface Totals {
  new: number;
  updated: number;
  skipped: number;
  repeated: number;
  rejected: number;
}

/** Warnings listed one by one after an import; the rest are counted in one line. */
const LISTED_WARNINGS = 20;

/**
 * What the import said about the file (each note once, its figures summed over the batches) and
 * the rows it kept with a remark: catalogue sentences filled in as text, never as markup.
 */
function importNotes(
  file: string,
  notes: readonly ImportNote[],
  warnings: readonly SidebarImported['warnings'][number][],
): HTMLElement | null {
  if (notes.length === 0 && warnings.length === 0) return null;
  const lines = [
    ...notes.map((note) => h('li', {}, t(note.key, { ...note.params, ...note.counts }))),
    ...warnings.slice(0, LISTED_WARNINGS).map((w) => h('li', {}, t('import.warningLine', { file, ...w }))),
  ];
  if (warnings.length > LISTED_WARNINGS)
    lines.push(h('li', {}, t('sidebar.import.moreWarnings', { count: warnings.length - LISTED_WARNINGS })));
  return h('ul', { class: 'small', 'data-test': 'import-notes' }, ...lines);
}

/** RFC 4180 text, with a BOM and CRLF so Excel opens it in UTF-8. */
function csvText(grid: readonly (readonly string[])[]): string {
  const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `\uFEFF${grid.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function delimiterName(delimiter: Delimiter | string | undefined): string {
  return delimiter === '\t' ? t('sidebar.import.tab') : `“${delimiter ?? ','}”`;
}

export function renderImport(root: HTMLElement, boot: SidebarBoot): void {
  const sheet = h(
    'select',
    { id: 'import-sheet', 'data-test': 'import-sheet' },
    ...boot.importable.map((s) => h('option', { value: s.key }, s.label)),
  );
  const file = h('input', {
    type: 'file',
    id: 'import-file',
    'data-test': 'import-file',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
  });
  const encoding = h(
    'select',
    { id: 'import-encoding', 'data-test': 'import-encoding' },
    h('option', { value: 'auto' }, t('sidebar.import.detect')),
    ...ENCODINGS.map((e) => h('option', { value: e }, ENCODING_LABELS[e])),
  );
  // The --shop of `spiral import`: a review export without a shop column is this shop's (本店 when blank).
  const shop = h('input', {
    type: 'text',
    id: 'import-shop',
    'data-test': 'import-shop',
    placeholder: t('sidebar.import.shopHint'),
  });
  const shopGroup = h(
    'div',
    { class: 'form-group', 'data-test': 'import-shop-group' },
    h('label', { for: 'import-shop' }, t('sidebar.import.shop')),
    shop,
  );
  const showShop = () => {
    shopGroup.hidden = sheet.value !== 'reviews';
  };
  sheet.addEventListener('change', showShop);
  showShop();
  const read = h('div', { class: 'gray small', 'data-test': 'import-read' });
  const start = h(
    'button',
    { type: 'button', class: 'action', 'data-test': 'import-start', disabled: true },
    t('sidebar.import.start'),
  );
  const status = h('div', { class: 'status', 'data-test': 'import-status', 'aria-live': 'polite' });
  let table: InputTable | null = null;

  const load = async () => {
    table = null;
    start.disabled = true;
    replace(status);
    const chosen = file.files?.[0];
    if (!chosen) return replace(read);
    const decoded = decodeBytes(
      new Uint8Array(await chosen.arrayBuffer()),
      encoding.value as Encoding | 'auto',
    );
    if (!decoded.ok) {
      replace(read);
      const message = t('sidebar.import.badBytes', {
        line: decoded.line,
        encoding: ENCODING_LABELS[decoded.encoding],
      });
      return replace(status, h('div', { class: 'error', 'data-test': 'import-error' }, message));
    }
    table = readExportText(decoded.text);
    if (table.rows.length + table.unreadable.length === 0) {
      table = null;
      return replace(
        status,
        h('div', { class: 'error', 'data-test': 'import-error' }, t('sidebar.import.empty')),
      );
    }
    replace(
      read,
      t('sidebar.import.read', {
        file: chosen.name,
        encoding: ENCODING_LABELS[decoded.encoding],
        rows: table.rows.length,
        delimiter: delimiterName(table.delimiter),
      }),
    );
    start.disabled = false;
  };
  file.addEventListener('change', () => void load());
  encoding.addEventListener('change', () => void load());

  start.addEventListener('click', async () => {
    if (table === null) return;
    const input = table;
    start.disabled = true;
    const totals: Totals = { new: 0, updated: 0, skipped: 0, repeated: 0, rejected: 0 };
    // One id for the whole file: each batch is its own execution, and the rows earlier batches added stay apart.
    const importId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    let rejectedGrid: string[][] = [];
    let notes: ImportNote[] = [];
    const warnings: SidebarImported['warnings'] = [];
    const fileName = file.files?.[0]?.name ?? '';
    const total = input.rows.length;
    const counts = h('div', { 'data-test': 'import-counts' });
    const show = (done: number) =>
      replace(
        status,
        h('div', { class: 'gray' }, t('sidebar.import.progress', { done, total })),
        progressBar(total === 0 ? 1 : done / total),
        counts,
      );
    show(0);
    let done = 0;
    const into = sheet.value;
    let imported = false;
    try {
      for (const [i, rows] of importBatches(input, into, BATCH_ROWS).entries()) {
        const batch: SidebarImportBatch = {
          sheet: into,
          file: fileName,
          header: input.header,
          headerLine: input.headerLine,
          rows,
          // Records the parser could not split go once, with the first batch.
          unreadable: i === 0 ? input.unreadable : [],
          range: { from: done + 1, to: done + rows.length, of: total },
          importId,
          ...(into === 'reviews' && shop.value.trim() !== '' ? { shop: shop.value.trim() } : {}),
        };
        const result = await call<SidebarImported>('sidebarImport', batch, boot.lang);
        for (const key of ['new', 'updated', 'skipped', 'repeated', 'rejected'] as const)
          totals[key] += result[key];
        notes = addNotes(notes, result.notes);
        warnings.push(...result.warnings);
        if (result.rejectedGrid.length > 0) {
          rejectedGrid =
            rejectedGrid.length === 0
              ? result.rejectedGrid
              : [...rejectedGrid, ...result.rejectedGrid.slice(1)];
        }
        done = batch.range.to;
        show(done);
        replace(counts, t('sidebar.import.result', { ...totals }));
      }
      const link =
        rejectedGrid.length === 0
          ? null
          : h(
              'a',
              {
                'data-test': 'import-rejected',
                download: `${(file.files?.[0]?.name ?? 'import').replace(/\.[^.]*$/, '')}.rejected.csv`,
                href: URL.createObjectURL(
                  new Blob([csvText(rejectedGrid)], { type: 'text/csv;charset=utf-8' }),
                ),
              },
              t('sidebar.import.download'),
            );
      replace(
        status,
        h(
          'div',
          { class: totals.rejected > 0 ? 'error' : 'ok', 'data-test': 'import-counts' },
          t('sidebar.import.result', { ...totals }),
        ),
        importNotes(fileName, notes, warnings),
        link,
      );
      imported = true;
    } catch (error) {
      replace(
        status,
        h(
          'div',
          { class: 'error', 'data-test': 'import-error' },
          t('sidebar.import.stopped', { done, message: errorText(error) }),
        ),
        h('div', { 'data-test': 'import-counts' }, t('sidebar.import.result', { ...totals })),
        importNotes(fileName, notes, warnings),
      );
    }
    try {
      if (imported && MATCHED_AFTER.includes(into)) await matchAfterImport(status, boot.lang);
    } finally {
      start.disabled = false;
    }
  });

  replace(
    root,
    h('div', { class: 'form-group' }, h('label', { for: 'import-sheet' }, t('sidebar.import.sheet')), sheet),
    h('div', { class: 'form-group' }, h('label', { for: 'import-file' }, t('sidebar.import.file')), file),
    h(
      'div',
      { class: 'form-group' },
      h('label', { for: 'import-encoding' }, t('sidebar.import.encoding')),
      encoding,
    ),
    shopGroup,
    read,
    h('div', { class: 'block' }, start),
    status,
  );
}
