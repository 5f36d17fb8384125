import type { GlossaryImportResult, Language } from '@interlinea/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryApi } from '../../../api/glossary-api';
import { ErrorMessage, Field, FilePicker } from '../../ui';

/** CSV or TBX import into one language pair, with what was read, created, updated and skipped. */
export function GlossaryImport({ projectId, source, target, onImported }: { projectId: string; source: Language; target: Language; onImported: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<GlossaryImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const format = /\.(tbx|xml)$/i.test(file.name) ? 'tbx' : 'csv';
      setResult(await glossaryApi.import(projectId, file, { sourceLanguage: source, targetLanguage: target, format }));
      setPickerKey((k) => k + 1);
      onImported();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form tool-section" onSubmit={(e) => void submit(e)} data-testid="glossary-import">
      <h3>{t('glossary:import.title')}</h3>
      <Field label={t('glossary:import.file')} hint={t('glossary:import.hint')}>
        <FilePicker key={pickerKey} ref={input} accept=".csv,.tbx,.xml,text/csv" testId="glossary-import-input" />
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="glossary-import-submit">
          {t('glossary:import.submit')}
        </button>
      </div>
      {result && (
        <p className="result-box" role="status" data-testid="glossary-import-result">
          {t('glossary:import.result', result)}
          {result.skipped > 0 && result.languagesInFile.length > 0 && <> {t('glossary:import.languages', { languages: result.languagesInFile.join(', ') })}</>}
        </p>
      )}
      <ErrorMessage error={error} />
    </form>
  );
}
