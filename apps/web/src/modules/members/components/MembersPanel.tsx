import type { ProjectSummary } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../ui';
import { useMemberActions } from '../hooks/use-member-actions';
import { useMembers } from '../hooks/use-members';
import { groupMembers } from '../utils/group-members';
import { inviteLink } from '../utils/invite-link';
import { CopyLink } from './CopyLink';
import { GrantRoleForm } from './GrantRoleForm';
import { InviteForm } from './InviteForm';

/** Managers' panel: each person with their roles (each removable), open invitations with their links, invite and grant forms. */
export function MembersPanel({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const { members, invitations } = useMembers(project.id);
  const { revoke } = useMemberActions(project.id);
  const roleLabel = (role: string, language: string | null) =>
    language ? `${t(`common:role.${role}`)} · ${language.toUpperCase()}` : t(`common:role.${role}`);
  const open = invitations.data?.filter((i) => !i.acceptedAt) ?? [];

  return (
    <section className="panel" aria-labelledby="members-title" data-testid="members-panel">
      <h2 id="members-title" className="section-title">
        {t('members:title')}
      </h2>
      {members.isPending ? (
        <Loading />
      ) : members.error ? (
        <ErrorMessage error={members.error} />
      ) : (
        <ul className="member-list">
          {groupMembers(members.data).map((person) => (
            <li key={person.userId} className="member" data-testid="member">
              <span className="member__who">
                <span className="member__name">{person.displayName}</span>
                <span className="member__email">{person.email}</span>
              </span>
              <span className="member__roles">
                {person.roles.map((m) => (
                  <span key={m.membershipId} className={`role-chip role-chip--${m.role}`} data-testid="member-role">
                    {roleLabel(m.role, m.language)}
                    <button
                      type="button"
                      className="role-chip__remove"
                      aria-label={t('members:remove', { name: person.displayName, role: roleLabel(m.role, m.language) })}
                      title={t('members:remove', { name: person.displayName, role: roleLabel(m.role, m.language) })}
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(m.membershipId)}
                    >
                      ×
                    </button>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={revoke.error} />
      {open.length > 0 && (
        <>
          <h3 className="subsection-title">{t('members:pending')}</h3>
          <ul className="invitation-list">
            {open.map((i) => (
              <li key={i.id}>
                <span>
                  {i.email} · {roleLabel(i.role, i.language)}
                </span>
                {i.token ? (
                  <CopyLink url={inviteLink(i.token)} label={t('members:invite.linkFor', { email: i.email })} testId="pending-invite-link" />
                ) : (
                  <span className="muted small">{t('members:invite.linkShownOnce')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <InviteForm projectId={project.id} languages={project.targetLanguages} />
      {members.data && members.data.length > 0 && <GrantRoleForm projectId={project.id} members={members.data} languages={project.targetLanguages} />}
    </section>
  );
}
