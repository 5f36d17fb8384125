import { setupRequestSchema } from '@interlinea/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { authApi } from '../../../api/auth-api';
import { useStartSession } from '../../session';
import { ErrorMessage, Field, fieldErrorsFrom, Loading, type FieldErrors } from '../../ui';
import { useSetupStatus } from '../hooks/use-setup-status';
import { AuthCard } from './AuthCard';

/** The one-time form of a fresh install: the first account, which is an admin. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const startSession = useStartSession();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const setup = useMutation({
    mutationFn: authApi.setup,
    onSuccess: (session) => {
      startSession(session);
      void navigate('/', { replace: true });
    },
  });

  if (status.isPending) return <Loading />;
  if (status.data && !status.data.needed && !setup.isSuccess) return <Navigate to="/login" replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = setupRequestSchema.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    setup.mutate(parsed.data);
  };
  const errors = { ...fieldErrorsFrom(t, setup.error), ...fieldErrors };
  const bind = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <AuthCard title={t('auth:setup.title')}>
      <p className="muted">{t('auth:setup.intro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={t('auth:setup.title')}>
        <Field label={t('auth:fields.displayName')} error={errors.displayName}>
          <input autoComplete="name" {...bind('displayName')} autoFocus />
        </Field>
        <Field label={t('auth:fields.email')} error={errors.email}>
          <input type="email" autoComplete="username" {...bind('email')} />
        </Field>
        <Field label={t('auth:fields.password')} error={errors.password} hint={t('auth:fields.passwordHint')}>
          <input type="password" autoComplete="new-password" {...bind('password')} />
        </Field>
        <ErrorMessage error={setup.error} />
        <button type="submit" className="button button--primary button--block" disabled={setup.isPending}>
          {t('auth:setup.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
