import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { inboxSchema, type Inbox } from '@interlinea/shared';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { CommentsService } from './comments.service';

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly comments: CommentsService) {}

  /** Mentions, replies and rejections for the signed-in person, newest first, with the count unread. */
  @ApiContract({ response: inboxSchema })
  @Get()
  inbox(@CurrentUser() user: SessionUser): Promise<Inbox> {
    return this.comments.inbox(user);
  }

  @ApiContract({ response: null, body: 'none' })
  @Post(':itemId/read')
  @HttpCode(204)
  markRead(@CurrentUser() user: SessionUser, @Param('itemId', ParseUUIDPipe) itemId: string): Promise<void> {
    return this.comments.markRead(user, itemId);
  }
}
