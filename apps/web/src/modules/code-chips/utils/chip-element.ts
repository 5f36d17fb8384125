import { chipLook, type CodeToken } from './chip-look';

/**
 * The DOM twin of `<CodeChip>` for the contentEditable editor: an atomic, non-editable span that
 * carries its token in `data-token` (what the editor's value holds in its place).
 */
export function createChipElement(token: CodeToken, title: string): HTMLSpanElement {
  const { label, className } = chipLook(token);
  const chip = document.createElement('span');
  chip.className = className;
  chip.setAttribute('contenteditable', 'false');
  chip.title = title;
  chip.dataset.token = token.token;
  chip.dataset.testid = 'code-chip';
  chip.textContent = label;
  return chip;
}
