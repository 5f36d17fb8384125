import { loginRequestSchema } from '@interlinea/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { authApi } from '../../../api/auth-api';
import { useStartSession } from '../../session';
import { ErrorMessage, Field, fieldErrorsFrom, type FieldErrors } from '../../ui';
import { useSetupStatus } from '../hooks/use-setup-status';
import { safeNextPath } from '../utils/safe-next-path';
import { AuthCard } from './AuthCard';

/** Sign-in with email and password; a fresh install is sent to the one-time setup form first. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setup = useSetupStatus();
  const startSession = useStartSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const login = useMutation({
    mutationFn: authApi.login,
    onSuccess: (session) => {
      startSession(session);
      void navigate(safeNextPath(params.get('next')), { replace: true });
    },
  });

  if (setup.data?.needed) return <Navigate to="/setup" replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data);
  };
  const errors = { ...fieldErrorsFrom(t, login.error), ...fieldErrors };

  return (
    <AuthCard title={t('auth:login.title')}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('auth:login.title')}>
        <Field label={t('auth:fields.email')} error={errors.email}>
          <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </Field>
        <Field label={t('auth:fields.password')} error={errors.password}>
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <ErrorMessage error={login.error} testId="login-error" />
        <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
          {login.isPending ? t('auth:login.submitting') : t('auth:login.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
