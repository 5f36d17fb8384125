import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  createInvitationRequestSchema,
  grantRoleRequestSchema,
  invitationSchema,
  memberSchema,
  type CreateInvitationRequest,
  type GrantRoleRequest,
  type Invitation,
  type Member,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('projects/:projectId')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @ApiContract({ response: z.array(memberSchema) })
  @Get('members')
  list(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<Member[]> {
    return this.members.list(user, projectId);
  }

  @ApiContract({ response: memberSchema, errors: { 409: 'ROLE_ALREADY_GRANTED: the person already holds this role (for this edition).' } })
  @Post('members')
  grant(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(grantRoleRequestSchema)) body: GrantRoleRequest,
  ): Promise<Member> {
    return this.members.grant(user, projectId, body);
  }

  @ApiContract({ response: null })
  @Delete('members/:membershipId')
  @HttpCode(204)
  revoke(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('membershipId', ParseUUIDPipe) membershipId: string,
  ): Promise<void> {
    return this.members.revoke(user, projectId, membershipId);
  }

  @ApiContract({ response: z.array(invitationSchema) })
  @Get('invitations')
  invitations(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<Invitation[]> {
    return this.members.listInvitations(user, projectId);
  }

  @ApiContract({ response: invitationSchema })
  @Post('invitations')
  invite(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(createInvitationRequestSchema)) body: CreateInvitationRequest,
  ): Promise<Invitation> {
    return this.members.invite(user, projectId, body);
  }
}
