import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  acceptInvitationRequestSchema,
  invitationSchema,
  sessionResponseSchema,
  type AcceptInvitationRequest,
  type Invitation,
  type SessionResponse,
} from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { Public } from '../../common/http/public.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { setSessionCookies } from '../auth/session-cookies';
import { clientIp } from '../../common/http/client-ip';
import { MembersService } from './members.service';

/** The public side of an invitation link: read it, accept it. The token is the credential. */
@ApiTags('members')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @ApiContract({ response: invitationSchema })
  @Get(':token')
  find(@Param('token') token: string): Promise<Invitation> {
    return this.members.findInvitation(token);
  }

  @Public()
  @ApiContract({
    response: sessionResponseSchema,
    errors: {
      401: 'UNAUTHENTICATED: an account has the invited email, and this is not its password.',
      403: 'FORBIDDEN: the invitation has expired.',
      409: 'VERSION_CONFLICT: the invitation has already been used.',
    },
  })
  @Post(':token/accept')
  async accept(
    @Param('token') token: string,
    @Body(new ZodValidationPipe(acceptInvitationRequestSchema)) body: AcceptInvitationRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return setSessionCookies(res, await this.members.accept(token, body, clientIp(req)), this.config.cookieSecure);
  }
}
