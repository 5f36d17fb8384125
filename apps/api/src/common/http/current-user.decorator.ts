import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { UiLanguage } from '@interlinea/shared';

/** The signed-in person, as the session guard found them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  sessionId: string;
  /** The interface language the person chose: error messages speak it. */
  uiLanguage?: UiLanguage;
}

export type AuthenticatedRequest = Request & { user?: SessionUser };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
