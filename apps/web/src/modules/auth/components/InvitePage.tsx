import { acceptInvitationRequestSchema, type AcceptInvitationRequest } from '@interlinea/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { invitationsApi } from '../../../api/invitations-api';
import { useStartSession } from '../../session';
import { ErrorMessage, Field, fieldErrorsFrom, Loading, type FieldErrors } from '../../ui';
import { AuthCard } from './AuthCard';

/** `/invite/:token`: a new person picks a name and password; an existing account enters its password. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => invitationsApi.get(token), retry: false });
  const [chosenHasAccount, setHasAccount] = useState(false);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const accept = useMutation({
    mutationFn: (body: AcceptInvitationRequest) => invitationsApi.accept(token, body),
    onSuccess: (session) => {
      startSession(session);
      void navigate(invitation.data ? `/projects/${invitation.data.projectId}` : '/', { replace: true });
    },
  });

  if (invitation.isPending) return <Loading />;
  if (invitation.error || !invitation.data) {
    return (
      <AuthCard title={t('auth:invite.title')}>
        <ErrorMessage error={invitation.error} />
      </AuthCard>
    );
  }
  const inv = invitation.data;
  const hasAccount = inv.accountExists ?? chosenHasAccount;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = acceptInvitationRequestSchema.safeParse(hasAccount ? { password } : { displayName, password });
    if (!parsed.success || (!hasAccount && !displayName.trim())) {
      setFieldErrors(parsed.success ? { displayName: t('common:validation.required') } : fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    accept.mutate(parsed.data);
  };
  const errors = { ...fieldErrorsFrom(t, accept.error), ...fieldErrors };
  const role = t(`common:role.${inv.role}`);

  return (
    <AuthCard title={t('auth:invite.title')}>
      <p className="muted" data-testid="invitation-summary">
        {inv.language
          ? t('auth:invite.summaryWithLanguage', { project: inv.projectName, role, language: t(`common:language.${inv.language}`) })
          : t('auth:invite.summary', { project: inv.projectName, role })}
      </p>
      {inv.acceptedAt ? (
        <div className="form" data-testid="invitation-used">
          <p className="notice">{t('auth:invite.alreadyAccepted')}</p>
          <Link className="button" to={`/login?next=${encodeURIComponent(`/projects/${inv.projectId}`)}`}>
            {t('auth:invite.signIn')}
          </Link>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label={t('auth:invite.title')}>
          <p className="form__static">
            <span className="field__label">{t('auth:fields.email')}</span> {inv.email}
          </p>
          {inv.accountExists === undefined && (
            <div className="segmented" role="radiogroup" aria-label={t('auth:invite.accountQuestion')}>
              <label>
                <input type="radio" name="account" checked={!hasAccount} onChange={() => setHasAccount(false)} /> {t('auth:invite.newAccount')}
              </label>
              <label>
                <input type="radio" name="account" checked={hasAccount} onChange={() => setHasAccount(true)} /> {t('auth:invite.existingAccount')}
              </label>
            </div>
          )}
          {inv.accountExists && <p className="muted">{t('auth:invite.existingAccountHint')}</p>}
          {!hasAccount && (
            <Field label={t('auth:fields.displayName')} error={errors.displayName}>
              <input autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
            </Field>
          )}
          <Field label={t('auth:fields.password')} error={errors.password} hint={hasAccount ? undefined : t('auth:fields.passwordHint')}>
            <input
              type="password"
              autoComplete={hasAccount ? 'current-password' : 'new-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <ErrorMessage error={accept.error} />
          <button type="submit" className="button button--primary button--block" disabled={accept.isPending}>
            {t('auth:invite.submit')}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
