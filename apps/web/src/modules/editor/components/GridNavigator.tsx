import type { Language } from '@interlinea/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridNavigation } from '../hooks/use-grid-navigation';
import { useKeyLabel } from '../hooks/use-key-label';
import { parseSegmentNumber } from '../utils/grid-navigation';

interface GridNavigatorProps {
  navigation: GridNavigation;
  /** The page's edition and the project's others, for the second column. */
  lang: Language;
  editions: readonly Language[];
  second: Language | null;
  onChooseSecond: (second: Language | null) => void;
  loaded: number;
  total: number;
  complete: boolean;
  /** Gives the cursor back to the grid (Esc in the box). */
  onBack: () => void;
}

/** Above the grid: go to a segment number or the first unconfirmed one, the edition shown beside, loading progress. */
export function GridNavigator({ navigation, lang, editions, second, onChooseSecond, loaded, total, complete, onBack }: GridNavigatorProps) {
  const { t } = useTranslation();
  const keyLabel = useKeyLabel();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const others = editions.filter((l) => l !== lang);

  useEffect(() => {
    if (navigation.numberFocusToken === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [navigation.numberFocusToken]);

  const submit = () => {
    const number = parseSegmentNumber(typed);
    setInvalid(number === null);
    if (number !== null) navigation.goTo({ kind: 'number', number });
  };

  return (
    <div className="grid-nav" data-testid="grid-navigator">
      <form
        className="grid-nav__goto"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="grid-goto">{t('grid:goTo.label')}</label>
        <input
          id="grid-goto"
          ref={input}
          className="input grid-nav__number"
          inputMode="numeric"
          autoComplete="off"
          value={typed}
          placeholder={t('grid:goTo.placeholder', { key: keyLabel('Ctrl+G') })}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'grid-goto-error' : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onBack();
            }
          }}
          data-testid="goto-segment"
        />
        <button type="submit" className="button button--small">
          {t('grid:goTo.go')}
        </button>
        {invalid && (
          <span id="grid-goto-error" className="grid-nav__error" role="alert">
            {t('grid:goTo.invalid')}
          </span>
        )}
      </form>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => navigation.goTo({ kind: 'firstUnconfirmed' })}
        data-testid="first-unconfirmed"
      >
        {t('grid:firstUnconfirmed')}
      </button>
      {!complete && (
        <span className="grid-nav__loading" role="status" data-testid="grid-loading">
          {navigation.pending ? t('grid:waitingFor') : t('grid:loading', { loaded, total })}
        </span>
      )}
      {others.length > 0 && (
        <label className="grid-nav__beside">
          <span>{t('grid:beside', { edition: lang.toUpperCase() })}</span>
          <select
            className="input"
            value={second ?? ''}
            onChange={(event) => {
              onChooseSecond((event.target.value || null) as Language | null);
              onBack();
            }}
            data-testid="second-edition"
          >
            <option value="">{t('grid:besideNone')}</option>
            {others.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)} · {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
