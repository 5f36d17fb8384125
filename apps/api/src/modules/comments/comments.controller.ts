import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  commentListQuerySchema,
  commentSchema,
  postCommentRequestSchema,
  resolveCommentRequestSchema,
  type Comment,
  type CommentListQuery,
  type PostCommentRequest,
  type ResolveCommentRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { CommentsService } from './comments.service';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** The segment's comments, oldest first; `lang` keeps those about that edition and about every edition. */
  @ApiContract({ response: z.array(commentSchema) })
  @Get('segments/:segmentId/comments')
  list(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query(new ZodValidationPipe(commentListQuerySchema)) query: CommentListQuery,
  ): Promise<Comment[]> {
    return this.comments.list(user, segmentId, query.lang);
  }

  @ApiContract({ response: commentSchema })
  @Post('segments/:segmentId/comments')
  post(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Body(new ZodValidationPipe(postCommentRequestSchema)) body: PostCommentRequest,
  ): Promise<Comment> {
    return this.comments.post(user, segmentId, body);
  }

  /** Resolves or reopens the comment's thread; answers the thread's first comment. */
  @ApiContract({ response: commentSchema })
  @Patch('comments/:commentId')
  @HttpCode(200)
  resolve(
    @CurrentUser() user: SessionUser,
    @Param('commentId', ParseUUIDPipe) commentId: string,
    @Body(new ZodValidationPipe(resolveCommentRequestSchema)) body: ResolveCommentRequest,
  ): Promise<Comment> {
    return this.comments.resolve(user, commentId, body.resolved);
  }
}
