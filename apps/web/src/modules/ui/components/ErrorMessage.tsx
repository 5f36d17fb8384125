import { useTranslation } from 'react-i18next';
import { describeError } from '../utils/describe-error';

/** The error of a failed request, announced to screen readers. Renders nothing without an error. */
export function ErrorMessage({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="error-message" role="alert" data-testid={testId ?? 'error-message'}>
      {describeError(t, error)}
    </p>
  );
}
