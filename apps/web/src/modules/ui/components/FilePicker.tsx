import { useCallback, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface FilePickerProps {
  /** Given by `Field` (its label names the input), else set `aria-label`. */
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  ref?: Ref<HTMLInputElement>;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The button's words; "Choose file" / "Choose files" in the UI language by default. */
  buttonLabel?: string;
  /** Show the chosen file's name ("No file chosen" before). */
  showChosen?: boolean;
  testId?: string;
  onFiles?: (files: FileList | null) => void;
}

/**
 * A file input in the interface's language: the browser's own control says "Choose file / No file
 * chosen" in the browser's language whatever the user picked. The real input stays in the page,
 * visually hidden but focusable and labelled (Space or Enter opens the picker); the button and the
 * chosen name are drawn in our words. To clear it, remount it (change its `key`).
 */
export function FilePicker({ id, ref, accept, multiple, disabled, buttonLabel, showChosen = true, testId, onFiles, ...aria }: FilePickerProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const inputId = id ?? ownId;
  const input = useRef<HTMLInputElement | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const setRefs = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const chosenText = chosen.length === 0 ? t('files:none') : chosen.length === 1 ? chosen[0] : t('files:many', { count: chosen.length });

  return (
    <span className={disabled ? 'file-picker file-picker--disabled' : 'file-picker'}>
      <input
        ref={setRefs}
        id={inputId}
        type="file"
        className="file-picker__input visually-hidden"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        {...aria}
        onChange={(e) => {
          setChosen([...(e.target.files ?? [])].map((f) => f.name));
          onFiles?.(e.target.files);
        }}
      />
      {/* for the mouse; keyboard and screen readers use the input itself */}
      <span className="button file-picker__button" aria-hidden="true" onClick={() => !disabled && input.current?.click()}>
        {buttonLabel ?? t(multiple ? 'files:chooseMany' : 'files:choose')}
      </span>
      {showChosen && (
        <span className="file-picker__chosen" aria-hidden="true" data-testid={testId ? `${testId}-chosen` : undefined}>
          {chosenText}
        </span>
      )}
    </span>
  );
}
