import { alignParagraphs } from './parallel-edition';
import { renderParallelHtml } from './parallel-html';

const edition = alignParagraphs({
  title: 'Манифест <draft> & co',
  headings: new Set([0]),
  columns: [
    { language: 'ru', heading: 'Русский — оригинал', blocks: ['Манифест', '', 'Призрак бродит по {1}Европе{/1}.', 'Строка один\nСтрока два'] },
    { language: 'en', heading: 'English', blocks: ['Manifesto', '', 'A spectre is haunting <script>alert(1)</script> Europe.', 'Line one\nLine two'] },
    { language: 'de', heading: 'Deutsch', blocks: ['Manifest', '', 'Ein Gespenst geht um in „Europa“.', 'Zeile eins\nZeile zwei'] },
  ],
});

describe('renderParallelHtml', () => {
  const html = renderParallelHtml(edition);

  it('lines the paragraphs up in rows, one cell per language, leaving out blocks empty everywhere', () => {
    expect(edition.rows.map((r) => r.cells[0])).toEqual(['Манифест', 'Призрак бродит по Европе.', 'Строка один\nСтрока два']);
    expect(edition.rows.map((r) => r.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    const rows = html.match(/<tr class="row[^"]*">.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      '<tr class="row row--paragraph"><td lang="ru">Призрак бродит по Европе.</td><td lang="en">A spectre is haunting &lt;script&gt;alert(1)&lt;/script&gt; Europe.</td><td lang="de">Ein Gespenst geht um in „Europa“.</td></tr>',
    );
    expect(rows[2]).toContain('<td lang="en">Line one<br>Line two</td>');
  });

  it('escapes every text, runs no script and loads nothing from elsewhere', () => {
    expect(html).toContain('<title>Манифест &lt;draft&gt; &amp; co</title>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('is a page in the source language that prints in landscape for three columns, headings repeated, rows kept whole', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; page-break-inside: avoid; }');
    const two = renderParallelHtml({ ...edition, columns: edition.columns.slice(0, 2), rows: edition.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 2) })) });
    expect(two).toContain('@page { size: A4 portrait;');
  });
});
