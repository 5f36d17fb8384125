export { CodeChip } from './components/CodeChip';
export { CodedText } from './components/CodedText';
export { useChipTitle } from './hooks/use-chip-title';
export { chipLook, type CodeToken } from './utils/chip-look';
export { createChipElement } from './utils/chip-element';
import './code-chips.css';
