import { invitationSchema, sessionResponseSchema, type AcceptInvitationRequest, type Invitation, type SessionResponse } from '@interlinea/shared';
import { http } from './http';
import { httpConfig } from './http-config';

const base = (token: string): string => `/api/invitations/${encodeURIComponent(token)}`;

/** `/api/invitations/:token`: the public side of an invitation link. */
export const invitationsApi = {
  get: (token: string): Promise<Invitation> => http.json(base(token), invitationSchema),
  accept: async (token: string, body: AcceptInvitationRequest): Promise<SessionResponse> => {
    const session = await http.json(`${base(token)}/accept`, sessionResponseSchema, { method: 'POST', body });
    httpConfig.csrfToken = session.csrfToken;
    return session;
  },
};
