import type { ParallelEdition } from './parallel-edition';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The parallel edition as one standalone HTML page: no scripts, no external resources (the styles are in
 * the page), each cell marked with its language (hyphenation and screen readers follow it). It prints
 * well: portrait for two columns, landscape for three, the column headings repeated on every page, a
 * paragraph row never split across pages, a heading kept with the paragraph after it.
 */
export function renderParallelHtml(edition: ParallelEdition, options: { generatedAt?: string } = {}): string {
  const columns = edition.columns.length;
  const lang = edition.columns[0]?.language ?? 'und';
  const header = edition.columns.map((c) => `<th scope="col" lang="${escapeHtml(c.language)}">${escapeHtml(c.heading)}</th>`).join('');
  const body = edition.rows
    .map((row) => {
      const cells = row.cells.map((cell, i) => `<td lang="${escapeHtml(edition.columns[i].language)}">${paragraph(cell)}</td>`).join('');
      return `<tr class="row row--${row.kind}">${cells}</tr>`;
    })
    .join('\n');
  const generated = options.generatedAt ? `<p class="meta">${escapeHtml(options.generatedAt)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Interlinea">
<title>${escapeHtml(edition.title)}</title>
<style>
${stylesFor(columns)}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(edition.title)}</h1>
<p class="meta">${edition.columns.map((c) => `<span lang="${escapeHtml(c.language)}">${escapeHtml(c.heading)}</span>`).join(' · ')}</p>
${generated}</header>
<table class="parallel" data-columns="${columns}">
<colgroup>${'<col>'.repeat(columns)}</colgroup>
<thead><tr>${header}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

function paragraph(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function stylesFor(columns: number): string {
  return `@page { size: A4 ${columns > 2 ? 'landscape' : 'portrait'}; margin: 16mm 14mm 18mm; }
:root { color-scheme: light; }
body { margin: 0 auto; max-width: ${columns > 2 ? 1280 : 960}px; padding: 24px; font: 11pt/1.45 Georgia, "Times New Roman", "Liberation Serif", serif; color: #1a1a1a; background: #fff; }
header { margin-bottom: 16px; border-bottom: 1px solid #999; }
h1 { font-size: 18pt; margin: 0 0 4px; }
.meta { margin: 0 0 8px; color: #555; font-size: 9.5pt; }
table.parallel { width: 100%; border-collapse: collapse; table-layout: fixed; }
col { width: ${(100 / Math.max(columns, 1)).toFixed(3)}%; }
th { text-align: left; font: 600 9.5pt/1.3 system-ui, "Helvetica Neue", Arial, sans-serif; color: #444; border-bottom: 1.5pt solid #333; padding: 4px 10px; }
td { vertical-align: top; padding: 6px 10px; border-bottom: 0.5pt solid #ccc; hyphens: auto; overflow-wrap: break-word; }
td + td, th + th { border-left: 0.5pt solid #ddd; }
tr.row--heading td { font-weight: 700; font-size: 12.5pt; padding-top: 14px; border-bottom-color: #999; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  tr.row--heading { break-after: avoid; page-break-after: avoid; }
  h1 { break-after: avoid; }
}`;
}
