/**
 * A summary tab as one printable HTML page: the same grid, styles and charts as the tab, so the
 * report says exactly what the workbook says. Blocks of rows between blank rows become tables;
 * charts follow the block that holds their data. A fold of the tab is an expandable <details> part
 * whose summary is its one line (its charts are drawn when it opens). Every text from the workbook
 * is escaped.
 */

import type { AreaStyle, Cell, Fold, RowSpan as Span, TabContent } from '../../ports';
import type { Lang } from '../sheets/template';
import { chartOption } from './chart-option';

export interface TabHtmlOptions {
  title: string;
  lang: Lang;
  /** The ECharts library source, inlined so the file needs nothing else (the CLI reads it from the package). */
  echartsSource: string;
  /** Shown in the footer, e.g. the workbook's file name and when the report was made. */
  footer: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Numbers as the tab's number formats show them (the formats summary layouts use). */
export function formatNumber(value: number, format: string | undefined): string {
  switch (format) {
    case '0.0%':
      return `${(value * 100).toFixed(1)}%`;
    case '0':
      return Math.round(value).toLocaleString('en-US');
    case '#,##0.00':
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case '0.00':
      return value.toFixed(2);
    case '0.000':
      return value.toFixed(3);
    case '0.0':
      return value.toFixed(1);
    default:
      return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
  }
}

type CellStyle = Omit<AreaStyle, 'row' | 'col' | 'rows' | 'cols'>;

/** The style each cell ends with: later areas win, as they do when the tab is written. */
function cellStyles(content: TabContent): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const { row, col, rows, cols, ...style } of content.styles) {
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        const key = `${r}:${c}`;
        styles.set(key, { ...styles.get(key), ...style });
      }
    }
  }
  return styles;
}

function css(style: CellStyle | undefined): string {
  if (!style) return '';
  const rules: string[] = [];
  if (style.bold) rules.push('font-weight:600');
  if (style.italic) rules.push('font-style:italic');
  if (style.fontSize) rules.push(`font-size:${style.fontSize}pt`);
  if (style.fontColor) rules.push(`color:${style.fontColor}`);
  if (style.background) rules.push(`background:${style.background}`);
  if (style.align) rules.push(`text-align:${style.align}`);
  if (style.wrap === false) rules.push('white-space:nowrap');
  return rules.length === 0 ? '' : ` style="${escapeHtml(rules.join(';'))}"`;
}

function cellHtml(cell: Cell, style: CellStyle | undefined): string {
  if (typeof cell === 'number') return escapeHtml(formatNumber(cell, style?.numberFormat));
  if (cell instanceof Date) return escapeHtml(cell.toISOString().slice(0, 10));
  return escapeHtml(String(cell));
}

const isBlankRow = (row: Cell[]): boolean => row.every((c) => c === '');

/** Runs of non-blank rows, 1-based and inclusive; skipped rows count as blank, and a run breaks at each cut. */
function blocks(values: Cell[][], skipped: ReadonlySet<number>, cuts: ReadonlySet<number>): Span[] {
  const found: Span[] = [];
  let first = 0;
  values.forEach((row, i) => {
    const r = i + 1;
    if (first > 0 && cuts.has(r)) {
      found.push({ first, last: r - 1 });
      first = 0;
    }
    if (isBlankRow(row) || skipped.has(r)) {
      if (first > 0) found.push({ first, last: r - 1 });
      first = 0;
    } else if (first === 0) first = r;
  });
  if (first > 0) found.push({ first, last: values.length });
  return found;
}

const isSingleCell = (row: Cell[]): boolean => row.slice(1).every((c) => c === '');

/** A block's single-cell rows are headings (bold and large) or lines of text; runs of other rows are tables. */
function blockHtml(content: TabContent, styles: Map<string, CellStyle>, first: number, last: number): string {
  const out: string[] = [];
  let table: string[] = [];
  const width = Math.max(
    ...content.values
      .slice(first - 1, last)
      .map((r) => r.length - [...r].reverse().findIndex((c) => c !== '')),
  );
  const flush = () => {
    if (table.length > 0) out.push(`<table>\n${table.join('\n')}\n</table>`);
    table = [];
  };
  for (let r = first; r <= last; r++) {
    const row = content.values[r - 1]!;
    if (isSingleCell(row)) {
      flush();
      const style = styles.get(`${r}:1`);
      const tag = r === 1 ? 'h1' : style?.bold && (style.fontSize ?? 0) >= 12 ? 'h2' : 'p';
      out.push(`<${tag}${css(style)}>${cellHtml(row[0]!, style)}</${tag}>`);
      continue;
    }
    const cells = row
      .slice(0, width)
      .map((cell, c) => {
        const style = styles.get(`${r}:${c + 1}`);
        const numeric = typeof cell === 'number' ? ' class="n"' : '';
        return `<td${numeric}${css(style)}>${cellHtml(cell, style)}</td>`;
      })
      .join('');
    table.push(`<tr>${cells}</tr>`);
  }
  flush();
  return out.join('\n');
}

const PAGE_CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",Roboto,Arial,sans-serif;
  color:#202124;margin:24px auto;max-width:1100px;padding:0 16px;font-size:13px}
h1{font-size:20px;font-weight:500;margin:0 0 4px}
h2{font-size:15px;font-weight:600;margin:22px 0 6px}
p{margin:4px 0}
table{border-collapse:collapse;margin:6px 0 12px}
td{border:1px solid #dadce0;padding:3px 8px;vertical-align:top;max-width:420px}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
details.part{margin:2px 0}
details.part>summary{cursor:pointer;font-size:14px;font-weight:600;padding:4px 6px;background:#e8f0fe}
details.part[open]>summary{margin-bottom:6px}
.chart{width:600px;height:360px;margin:6px 0 18px;break-inside:avoid}
footer{color:#5f6368;margin-top:24px;font-size:11px}
@media print{body{margin:0;max-width:none}table,.chart{break-inside:avoid}}`;

/** The rows the report leaves out: those only the tab shows, and each fold's title (its summary line replaces it). */
function skippedRows(content: TabContent): Set<number> {
  const skipped = new Set<number>();
  for (const { first, last } of content.tabOnly ?? []) for (let r = first; r <= last; r++) skipped.add(r);
  for (const fold of content.folds ?? []) skipped.add(fold.first);
  return skipped;
}

/** The whole page. Charts are drawn by the inlined ECharts from each spec's option (JSON). */
export function tabHtml(content: TabContent, options: TabHtmlOptions): string {
  const styles = cellStyles(content);
  const charts = (content.charts ?? []).map((spec) => ({ spec, option: chartOption(spec, content.values) }));
  const folds: readonly Fold[] = content.folds ?? [];
  const cuts = new Set(folds.flatMap((f) => [f.first, f.last + 1]));
  const parts: string[] = [];
  let chartIndex = 0;
  let inFold: Fold | null = null;
  for (const { first, last } of blocks(content.values, skippedRows(content), cuts)) {
    const fold = folds.find((f) => first >= f.first && first <= f.last) ?? null;
    if (inFold !== null && fold !== inFold) {
      parts.push('</details>');
      inFold = null;
    }
    if (fold !== null && inFold === null) {
      parts.push(
        `<details class="part"${fold.open ? ' open' : ''}><summary>${escapeHtml(fold.line)}</summary>`,
      );
      inFold = fold;
    }
    parts.push(blockHtml(content, styles, first, last));
    for (const [i, { spec }] of charts.entries()) {
      const dataRow = spec.data.row;
      if (dataRow >= first && dataRow <= last) {
        parts.push(
          `<div class="chart" id="chart-${i}" role="img" aria-label="${escapeHtml(spec.title)}"></div>`,
        );
        chartIndex++;
      }
    }
  }
  if (inFold !== null) parts.push('</details>');
  const optionsJson = JSON.stringify(charts.map((c) => c.option)).replace(/</g, '\\u003c');
  const script =
    chartIndex === 0
      ? ''
      : `<script>${options.echartsSource.replace(/<\/script/gi, '<\\/script')}</script>
<script>(function(){var o=${optionsJson},made={};
function draw(){o.forEach(function(opt,i){var el=document.getElementById('chart-'+i);
if(made[i]||!el||typeof echarts==='undefined'||el.getClientRects().length===0)return;
var c=echarts.init(el,null,{renderer:'svg'});c.setOption(opt);made[i]=c;});}
draw();document.querySelectorAll('details').forEach(function(d){d.addEventListener('toggle',draw);});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});draw();});
window.addEventListener('resize',function(){Object.keys(made).forEach(function(k){made[k].resize();});});})();</script>`;
  return `<!doctype html>
<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)}</title><style>${PAGE_CSS}</style></head>
<body>
${parts.join('\n')}
<footer>${escapeHtml(options.footer)}</footer>
${script}
</body></html>
`;
}
