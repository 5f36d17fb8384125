import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  loginRequestSchema,
  meSchema,
  sessionResponseSchema,
  setupRequestSchema,
  setupStatusSchema,
  updateProfileRequestSchema,
  type LoginRequest,
  type Me,
  type SessionResponse,
  type SetupRequest,
  type SetupStatus,
  type UpdateProfileRequest,
} from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { Public } from '../../common/http/public.decorator';
import { clientIp } from '../../common/http/client-ip';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @ApiContract({
    response: sessionResponseSchema,
    errors: { 401: 'UNAUTHENTICATED: wrong email or password.', 429: 'TOO_MANY_ATTEMPTS: too many failed logins; wait 15 minutes.' },
  })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return setSessionCookies(res, await this.auth.login(body, clientIp(req)), this.config.cookieSecure);
  }

  @ApiContract({ response: null, body: 'none' })
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: SessionUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user.sessionId);
    clearSessionCookies(res);
  }

  @ApiContract({ response: meSchema })
  @Get('me')
  me(@CurrentUser() user: SessionUser): Promise<Me> {
    return this.auth.me(user.id);
  }

  @ApiContract({ response: meSchema })
  @Patch('me')
  updateMe(@CurrentUser() user: SessionUser, @Body(new ZodValidationPipe(updateProfileRequestSchema)) body: UpdateProfileRequest): Promise<Me> {
    return this.auth.updateProfile(user.id, body);
  }

  @Public()
  @ApiContract({ response: setupStatusSchema })
  @Get('setup')
  async setupStatus(): Promise<SetupStatus> {
    return { needed: await this.auth.setupNeeded() };
  }

  @Public()
  @ApiContract({ response: sessionResponseSchema, errors: { 403: 'FORBIDDEN: Interlinea is already set up; log in instead.' } })
  @Post('setup')
  async setup(@Body(new ZodValidationPipe(setupRequestSchema)) body: SetupRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    return setSessionCookies(res, await this.auth.setup(body), this.config.cookieSecure);
  }
}
