import { hasCodeTokens, tokenizeCodes } from '@interlinea/inline-codes';
import type { CodeToken } from '../../code-chips';

const BLOCKS = new Set(['DIV', 'P', 'LI']);

/**
 * The editor's value from its DOM: text as typed, each chip as its token (`data-token`), line
 * breaks as "\n". A `<br>` that ends its parent is the browser's placeholder for an empty line, not a break.
 */
export function serializeCoded(parent: Node): string {
  let out = '';
  parent.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node as Text).data;
    } else if (node instanceof HTMLElement) {
      const token = node.dataset.token;
      if (token) out += token;
      else if (node.tagName === 'BR') {
        if (node.nextSibling) out += '\n';
      } else if (BLOCKS.has(node.tagName)) {
        if (out && !out.endsWith('\n')) out += '\n';
        out += serializeCoded(node);
      } else out += serializeCoded(node);
    }
  });
  return out;
}

/** Replaces the editor's DOM with `value`: text nodes and chips, flat. */
export function renderCoded(root: HTMLElement, value: string, chip: (token: CodeToken) => HTMLElement): void {
  const nodes = tokenizeCodes(value).map((run) => (run.type === 'text' ? document.createTextNode(run.text) : chip(run)));
  // A final line break only shows when something follows it.
  if (value.endsWith('\n')) nodes.push(document.createElement('br'));
  root.replaceChildren(...nodes);
}

/** Whether the DOM is what `renderCoded` makes (after typing it usually is; after a drop or autocorrect maybe not). */
export function isFlatCoded(root: HTMLElement): boolean {
  return [...root.childNodes].every((node, i, all) => {
    // A code token typed or pasted as text becomes a chip on the next render.
    if (node.nodeType === Node.TEXT_NODE) return !hasCodeTokens((node as Text).data);
    if (!(node instanceof HTMLElement)) return false;
    if (node.dataset.token) return node.textContent !== '' && node.getAttribute('contenteditable') === 'false';
    return node.tagName === 'BR' && i === all.length - 1;
  });
}

/** Position in the value (chips count as their token's length) of a DOM point inside `root`. */
function offsetOf(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return serializeCoded(range.cloneContents()).length;
}

/** The selection inside `root` as value offsets, or null when the selection is elsewhere. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : offsetOf(root, range.endContainer, range.endOffset);
  return { start, end };
}

/** The DOM point of a value offset in a flat DOM: inside a text node, or between nodes at a chip. */
function pointAt(root: HTMLElement, offset: number): { node: Node; offset: number } {
  let left = offset;
  const children = [...root.childNodes];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i];
    if (node.nodeType === Node.TEXT_NODE) {
      const length = (node as Text).data.length;
      if (left <= length) return { node, offset: left };
      left -= length;
    } else if (node instanceof HTMLElement && node.dataset.token) {
      if (left === 0) return { node: root, offset: i };
      left -= node.dataset.token.length;
    }
  }
  const last = children[children.length - 1];
  const end = last instanceof HTMLElement && last.tagName === 'BR' ? children.length - 1 : children.length;
  return { node: root, offset: end };
}

/** Selects `start…end` (a caret when equal) in a flat DOM. */
export function selectOffsets(root: HTMLElement, start: number, end = start): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const from = pointAt(root, start);
  const to = end === start ? from : pointAt(root, end);
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
