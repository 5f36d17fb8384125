import { invitationSchema, memberSchema, type CreateInvitationRequest, type GrantRoleRequest, type Invitation, type Member } from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const base = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}`;

/** `/api/projects/:id/members` and `/invitations`: who works on a project, in which role. */
export const membersApi = {
  list: (projectId: string): Promise<Member[]> => http.json(`${base(projectId)}/members`, z.array(memberSchema)),
  grant: (projectId: string, body: GrantRoleRequest): Promise<Member> => http.json(`${base(projectId)}/members`, memberSchema, { method: 'POST', body }),
  revoke: (projectId: string, membershipId: string): Promise<void> =>
    http.void(`${base(projectId)}/members/${encodeURIComponent(membershipId)}`, { method: 'DELETE' }),
  invitations: (projectId: string): Promise<Invitation[]> => http.json(`${base(projectId)}/invitations`, z.array(invitationSchema)),
  invite: (projectId: string, body: CreateInvitationRequest): Promise<Invitation> =>
    http.json(`${base(projectId)}/invitations`, invitationSchema, { method: 'POST', body }),
};
