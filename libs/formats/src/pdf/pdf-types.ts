/** A piece of a page's text layer, as pdf.js gives it: its text and where its baseline starts (PDF points, y upwards). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** One page of a PDF's text layer. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}
