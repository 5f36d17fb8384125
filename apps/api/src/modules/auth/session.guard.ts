import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, ERROR_CODES, SESSION_COOKIE } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { AuthenticatedRequest } from '../../common/http/current-user.decorator';
import { IS_PUBLIC } from '../../common/http/public.decorator';
import { AuthService } from './auth.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every route needs a live session unless marked @Public; every mutation needs the session's CSRF token. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' ? await this.auth.authenticate(token) : null;
    if (!session) throw new AppException(ERROR_CODES.unauthenticated, 'Please log in');
    request.user = session.user; // known before the CSRF check, so its error speaks the person's language
    if (!SAFE_METHODS.has(request.method) && request.header(CSRF_HEADER) !== session.csrfToken) {
      throw new AppException(ERROR_CODES.csrf, 'Missing or wrong X-CSRF-Token header; reload the page and try again');
    }
    return true;
  }
}
