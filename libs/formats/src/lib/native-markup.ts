import type { InlineCode } from '@interlinea/inline-codes';

/** What a code stands for in its file, as markup: a paired code's start and end, a standalone code's whole. */
export interface NativeMarkup {
  open?: string;
  close?: string;
  data?: string;
}

interface DocxCodeJson {
  rPr?: string;
  open?: string[];
  close?: string[];
  xml?: string;
  inRun?: boolean;
  text?: string;
}

/**
 * The markup a code stands for, as other CAT tools write it in TMX (<bpt>/<ept>/<ph> content): HTML,
 * ODT, XLIFF and Markdown codes hold it already; a Word code's JSON (run properties, wrappers, XML) is
 * written as the WordprocessingML it rebuilds. Codes of text that looked like a token give that text.
 */
export function nativeMarkup(code: InlineCode): NativeMarkup {
  const docx = (value: string | undefined): DocxCodeJson | undefined => {
    if (!value?.startsWith('{')) return undefined;
    try {
      const parsed = JSON.parse(value) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as DocxCodeJson) : undefined;
    } catch {
      return undefined;
    }
  };
  if (code.kind === 'paired') {
    const open = docx(code.open);
    const close = docx(code.close);
    if (!open && !close) return { open: code.open ?? '', close: code.close ?? '' };
    return { open: `${(open?.open ?? []).join('')}<w:r>${open?.rPr ?? ''}`, close: `</w:r>${(close?.close ?? []).join('')}` };
  }
  const data = docx(code.data);
  if (!data) return { data: code.data ?? '' };
  if (data.text !== undefined) return { data: data.text };
  const xml = data.inRun ? `<w:r>${data.rPr ?? ''}${data.xml ?? ''}</w:r>` : (data.xml ?? '');
  return { data: `${(data.open ?? []).join('')}${xml}${(data.close ?? []).join('')}` };
}
