import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { FormatError, isPdf, type PdfPage } from '@interlinea/formats';

/** How much a PDF may cost to read. */
export interface PdfLimits {
  maxPages: number;
  /** Milliseconds for the whole text layer; a slower file is refused. */
  timeoutMs: number;
  /** Heap of the worker that reads it, in MB. */
  maxMemoryMb: number;
}

export const PDF_LIMITS: PdfLimits = { maxPages: 500, timeoutMs: 30_000, maxMemoryMb: 512 };

/**
 * pdf.js runs in a worker thread of its own: an ES module (loaded natively whatever compiles the
 * caller), stopped when the file takes too long or too much memory, and never able to block the API.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.library);
  const task = pdfjs.getDocument({ data: workerData.bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  if (document.numPages > workerData.maxPages) {
    parentPort.postMessage({ tooManyPages: document.numPages });
    return;
  }
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, c, d, x, y] = item.transform;
      items.push({ text: item.str, x, y, width: item.width, fontSize: item.height || Math.hypot(c, d) || Math.hypot(a, b) });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
    page.cleanup();
  }
  parentPort.postMessage({ pages });
  await document.destroy();
})().catch((error) => parentPort.postMessage({ error: { name: error && error.name, message: String(error && error.message) } }));
`;

type WorkerAnswer = { pages: PdfPage[] } | { tooManyPages: number } | { error: { name?: string; message: string } };

/** The text layer of each page of a PDF, read with pdf.js within the limits. */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new FormatError('EMPTY_FILE', 'The file is empty: it contains no text to translate.');
  if (!isPdf(bytes)) throw new FormatError('INVALID_PDF', 'The file is not a PDF: it does not start with %PDF-. Save it again as PDF and upload it again.');
  const library = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { library, bytes: bytes.slice(), maxPages: limits.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new FormatError(
          'INVALID_PDF',
          `The PDF took longer than ${limits.timeoutMs / 1000} seconds to read, so it was not imported. Split it into smaller files.`,
        ),
      );
    }, limits.timeoutMs);
    worker.once('message', (message: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(
        /memory/i.test(error.message)
          ? new FormatError('INVALID_PDF', `The PDF needs more than ${limits.maxMemoryMb} MB to read, so it was not imported. Split it into smaller files.`)
          : error,
      );
    });
  });
  if ('tooManyPages' in answer) {
    throw new FormatError(
      'INVALID_PDF',
      `The PDF has ${answer.tooManyPages} pages; Interlinea imports at most ${limits.maxPages}. Split it into smaller files.`,
    );
  }
  if ('error' in answer) {
    if (answer.error.name === 'PasswordException') {
      throw new FormatError('INVALID_PDF', 'The PDF is protected by a password. Remove the protection (print it to a new PDF) and upload it again.');
    }
    throw new FormatError('INVALID_PDF', `The PDF cannot be read: ${answer.error.message.replace(/\.$/, '')}. Save it again as PDF and upload it again.`);
  }
  return answer.pages;
}
