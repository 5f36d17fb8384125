import { createInvitationRequestSchema, type Language, type Role } from '@interlinea/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, fieldErrorsFrom, type FieldErrors } from '../../ui';
import { useMemberActions } from '../hooks/use-member-actions';
import { inviteLink } from '../utils/invite-link';
import { CopyLink } from './CopyLink';
import { RoleFields } from './RoleFields';

/** Invite someone by email with a role; the link to send them appears with a copy button. */
export function InviteForm({ projectId, languages }: { projectId: string; languages: Language[] }) {
  const { t } = useTranslation();
  const { invite } = useMemberActions(projectId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('translator');
  const [language, setLanguage] = useState<Language | null>(languages[0] ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createInvitationRequestSchema.safeParse({ email, role, language });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    invite.mutate(parsed.data, { onSuccess: () => setEmail('') });
  };
  const errors = { ...fieldErrorsFrom(t, invite.error), ...fieldErrors };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('members:invite.title')} data-testid="invite-form">
      <h3 className="subsection-title">{t('members:invite.title')}</h3>
      <Field label={t('members:invite.email')} error={errors.email}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <RoleFields
        role={role}
        language={language}
        languages={languages}
        errors={errors}
        onChange={(r, l) => {
          setRole(r);
          setLanguage(l);
        }}
      />
      <ErrorMessage error={invite.error && !errors.email && !errors.role && !errors.language ? invite.error : null} />
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('members:invite.submit')}
      </button>
      {invite.data && (
        <div className="notice notice--success" role="status">
          <p>{t('members:invite.created', { email: invite.data.email })}</p>
          <CopyLink url={inviteLink(invite.data.token ?? '')} label={t('members:invite.link')} />
        </div>
      )}
    </form>
  );
}
