import { layoutPdf } from './pdf-layout';
import { PdfTextItem } from './pdf-types';

describe('layoutPdf', () => {
  const item = (text: string, x: number, y: number, fontSize = 10): PdfTextItem => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize });
  const page = (items: PdfTextItem[]) => ({ width: 595, height: 842, items });

  it('joins pieces of one line, and keeps a hyphen before a capital or between words', () => {
    const paragraphs = layoutPdf([
      page([
        item('Ein Gewerk-', 50, 700),
        item('schaftsblatt der Metall-', 50, 688),
        item('und Textilarbeiter, von', 50, 676),
        item('Marx-', 50, 664),
        item('Engels', 50, 652),
        item('herausgegeben.', 84, 652),
      ]),
    ]);
    expect(paragraphs).toEqual([{ kind: 'paragraph', text: 'Ein Gewerkschaftsblatt der Metall- und Textilarbeiter, von Marx-Engels herausgegeben.' }]);
  });

  it('reads list items and an indented first line as paragraphs of their own', () => {
    const lines = ['Demands of the strike committee are', 'these, in this order:', '• bread for the families', '• the eight-hour day'];
    const paragraphs = layoutPdf([page([...lines.map((line, i) => item(line, 50, 700 - i * 12)), item('Signed, the committee.', 62, 652)])]);
    expect(paragraphs.map((paragraph) => `${paragraph.kind}: ${paragraph.text}`)).toEqual([
      'paragraph: Demands of the strike committee are these, in this order:',
      'list-item: • bread for the families',
      'list-item: • the eight-hour day',
      'paragraph: Signed, the committee.',
    ]);
  });

  it('drops a lone page number at the foot of a one-page document but keeps a number in the text', () => {
    const paragraphs = layoutPdf([page([item('Meeting at 7 in the hall.', 50, 700), item('1917', 50, 686), item('3', 290, 30)])]);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['Meeting at 7 in the hall. 1917']);
  });
});
