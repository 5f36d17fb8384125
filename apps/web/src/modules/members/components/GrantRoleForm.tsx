import { ERROR_CODES, grantRoleRequestSchema, type Language, type Member, type Role } from '@interlinea/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { ErrorMessage, Field, fieldErrorsFrom, type FieldErrors } from '../../ui';
import { useMemberActions } from '../hooks/use-member-actions';
import { RoleFields } from './RoleFields';

/** Give a person who is already a member another role (e.g. reviewer of a second language). */
export function GrantRoleForm({ projectId, members, languages }: { projectId: string; members: Member[]; languages: Language[] }) {
  const { t } = useTranslation();
  const { grant } = useMemberActions(projectId);
  const people = [...new Map(members.map((m) => [m.userId, m])).values()];
  const [userId, setUserId] = useState(people[0]?.userId ?? '');
  const [role, setRole] = useState<Role>('translator');
  const [language, setLanguage] = useState<Language | null>(languages[0] ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = grantRoleRequestSchema.safeParse({ userId, role, language });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(t, parsed.error));
      return;
    }
    setFieldErrors({});
    grant.mutate(parsed.data);
  };
  const errors = { ...fieldErrorsFrom(t, grant.error), ...fieldErrors };
  const alreadyHeld = grant.error instanceof ApiRequestError && grant.error.code === ERROR_CODES.roleAlreadyGranted;

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('members:grant.title')} data-testid="grant-form">
      <h3 className="subsection-title">{t('members:grant.title')}</h3>
      <Field label={t('members:grant.person')} error={errors.userId}>
        <select value={userId} onChange={(e) => setUserId(e.target.value)}>
          {people.map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.displayName} ({p.email})
            </option>
          ))}
        </select>
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
      {alreadyHeld ? (
        <p className="error-message" role="alert" data-testid="role-already-granted">
          {t('members:grant.alreadyHeld', { name: people.find((p) => p.userId === userId)?.displayName ?? '' })}
        </p>
      ) : (
        <ErrorMessage error={grant.error && !errors.role && !errors.language ? grant.error : null} />
      )}
      <button type="submit" className="button" disabled={grant.isPending || !userId}>
        {t('members:grant.submit')}
      </button>
    </form>
  );
}
