import {
  meSchema,
  sessionResponseSchema,
  setupStatusSchema,
  type LoginRequest,
  type Me,
  type SessionResponse,
  type SetupRequest,
  type SetupStatus,
  type UpdateProfileRequest,
} from '@interlinea/shared';
import { http } from './http';
import { httpConfig } from './http-config';

async function startSession(promise: Promise<SessionResponse>): Promise<SessionResponse> {
  const session = await promise;
  httpConfig.csrfToken = session.csrfToken;
  return session;
}

/** `/api/auth`: first-run setup, login, logout, the current user. */
export const authApi = {
  setupStatus: (): Promise<SetupStatus> => http.json('/api/auth/setup', setupStatusSchema),
  setup: (body: SetupRequest): Promise<SessionResponse> => startSession(http.json('/api/auth/setup', sessionResponseSchema, { method: 'POST', body })),
  login: (body: LoginRequest): Promise<SessionResponse> => startSession(http.json('/api/auth/login', sessionResponseSchema, { method: 'POST', body })),
  logout: async (): Promise<void> => {
    await http.void('/api/auth/logout', { method: 'POST' });
    httpConfig.csrfToken = null;
  },
  me: (): Promise<Me> => http.json('/api/auth/me', meSchema),
  updateMe: (body: UpdateProfileRequest): Promise<Me> => http.json('/api/auth/me', meSchema, { method: 'PATCH', body }),
};
