import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Comment, Inbox, Language, PostCommentRequest } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { MembershipRepository } from '../access/membership.repository';
import { CommentsRepository, type NewInboxItem } from './comments.repository';
import { findMentions, type Mentionable } from './mentions';

const INBOX_SIZE = 100;

/**
 * Comment threads on segments: any member of the project reads, writes, resolves and reopens them.
 * Mentions, replies and rejections land in the inbox of the people concerned (never in the writer's own).
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly memberships: MembershipRepository,
    private readonly comments: CommentsRepository,
  ) {}

  async list(user: SessionUser, segmentId: string, language?: Language): Promise<Comment[]> {
    await this.access.segment(user, segmentId, 'view', language);
    return this.comments.list(segmentId, language);
  }

  /** The document's comments about an edition, by segment (an export's caller has checked access). */
  async forExport(documentId: string, language: Language): Promise<Map<string, Comment[]>> {
    const bySegment = new Map<string, Comment[]>();
    for (const comment of await this.comments.forDocument(documentId, language)) {
      const list = bySegment.get(comment.segmentId) ?? [];
      list.push(comment);
      bySegment.set(comment.segmentId, list);
    }
    return bySegment;
  }

  async post(user: SessionUser, segmentId: string, request: PostCommentRequest): Promise<Comment> {
    const { project } = await this.access.segment(user, segmentId, 'view');
    if (request.language && !project.languages.includes(request.language))
      throw AppException.invalid('language', `the project has no ${request.language} edition`);
    const parent = request.parentId ? await this.comments.findRef(request.parentId) : null;
    if (request.parentId && parent?.segmentId !== segmentId) throw AppException.invalid('parentId', 'a reply belongs to a comment of the same segment');
    const rootId = parent ? (parent.parentId ?? parent.id) : null;
    const members = await this.mentionable(project.id);
    const mentioned = findMentions(request.body, members);
    const id = await this.dataSource.transaction(async (manager) => {
      const commentId = await this.comments.insert(
        {
          segmentId,
          language: parent ? parent.language : (request.language ?? null),
          parentId: rootId,
          kind: 'comment',
          body: request.body,
          authorId: user.id,
          mentions: mentioned,
        },
        manager,
      );
      const inbox: NewInboxItem[] = mentioned.map((userId) => ({ userId, commentId, reason: 'mention' }));
      if (rootId) {
        const answered = (await this.comments.threadAuthors(rootId, manager)).filter((userId) => !mentioned.includes(userId));
        inbox.push(...answered.map((userId) => ({ userId, commentId, reason: 'reply' as const })));
      }
      await this.comments.addToInbox(
        inbox.filter((item) => item.userId !== user.id),
        manager,
      );
      return commentId;
    });
    return this.found(id);
  }

  /** Resolves or reopens a thread (a reply stands for its thread). */
  async resolve(user: SessionUser, commentId: string, resolved: boolean): Promise<Comment> {
    const comment = await this.comments.findRef(commentId);
    if (!comment) throw AppException.notFound('Comment');
    await this.access.assertCan(user, comment.projectId, 'view');
    const rootId = comment.parentId ?? comment.id;
    await this.comments.setResolved(rootId, resolved, user.id);
    return this.found(rootId);
  }

  /**
   * A reviewer's reason for rejecting a translation becomes a comment on that edition of the segment,
   * and lands in the inbox of whoever last wrote the translation. The caller has checked the review right.
   */
  async recordRejection(reviewer: SessionUser, segmentId: string, language: Language, reason: string): Promise<void> {
    const translator = await this.comments.lastTranslator(segmentId, language);
    await this.dataSource.transaction(async (manager) => {
      const commentId = await this.comments.insert(
        { segmentId, language, parentId: null, kind: 'rejection', body: reason, authorId: reviewer.id, mentions: [] },
        manager,
      );
      if (translator && translator !== reviewer.id) await this.comments.addToInbox([{ userId: translator, commentId, reason: 'rejection' }], manager);
    });
  }

  async inbox(user: SessionUser): Promise<Inbox> {
    const [items, unread] = await Promise.all([this.comments.inbox(user.id, INBOX_SIZE), this.comments.unreadCount(user.id)]);
    return { items, unread };
  }

  async markRead(user: SessionUser, itemId: string): Promise<void> {
    if (!(await this.comments.markRead(itemId, user.id))) throw AppException.notFound('Inbox item');
  }

  private async mentionable(projectId: string): Promise<Mentionable[]> {
    const byUser = new Map<string, Mentionable>();
    for (const m of await this.memberships.listMembers(projectId)) byUser.set(m.userId, { userId: m.userId, displayName: m.displayName, email: m.email });
    return [...byUser.values()];
  }

  private async found(id: string): Promise<Comment> {
    const comment = await this.comments.findOne(id);
    if (!comment) throw AppException.notFound('Comment');
    return comment;
  }
}
