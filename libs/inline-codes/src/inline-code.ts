/**
 * A code in a block's or segment's text, written there as a token: paired `{1}…{/1}` (bold, a link) or
 * standalone `{2/}` (an image, a line break). `open`/`close`/`data` hold what an exporter writes back;
 * `title` is the short tooltip a translator sees ("bold", "link → https://…").
 */
export interface InlineCode {
  id: number;
  kind: 'paired' | 'standalone';
  open?: string;
  close?: string;
  data?: string;
  title: string;
}
