import type { DataSource } from 'typeorm';
import type { AccessService } from '../access/access.service';
import type { MembershipRepository } from '../access/membership.repository';
import type { CommentsRepository, NewInboxItem } from './comments.repository';
import { CommentsService } from './comments.service';

const me = { id: 'me', email: 'me@example.org', displayName: 'Me', isAdmin: false, sessionId: 's' };
const project = { id: 'p', sourceLanguage: 'en', languages: ['ru', 'de'], propagateRepetitions: true };
const members = [
  { membershipId: 'm1', userId: 'me', email: 'me@example.org', displayName: 'Me', role: 'manager', language: null },
  { membershipId: 'm2', userId: 'tanya', email: 'tanya@example.org', displayName: 'Tanya Orlova', role: 'translator', language: 'ru' },
  { membershipId: 'm3', userId: 'roman', email: 'roman@example.org', displayName: 'Roman', role: 'reviewer', language: 'ru' },
];

function setUp(refs: Record<string, { id: string; segmentId: string; projectId: string; parentId: string | null; language: 'ru' | null }> = {}) {
  const inbox: NewInboxItem[] = [];
  const repo = {
    findRef: jest.fn(async (id: string) => refs[id] ?? null),
    insert: jest.fn(async () => 'new-comment'),
    threadAuthors: jest.fn(async () => ['roman', 'me']),
    addToInbox: jest.fn(async (items: NewInboxItem[]) => void inbox.push(...items)),
    setResolved: jest.fn(async () => undefined),
    findOne: jest.fn(async (id: string) => ({ id })),
    lastTranslator: jest.fn(async () => 'tanya'),
  };
  const access = { segment: jest.fn(async () => ({ project })), assertCan: jest.fn(async () => []) };
  const service = new CommentsService(
    { transaction: (work: (m: unknown) => unknown) => work({}) } as unknown as DataSource,
    access as unknown as AccessService,
    { listMembers: jest.fn(async () => members) } as unknown as MembershipRepository,
    repo as unknown as CommentsRepository,
  );
  return { service, repo, access, inbox };
}

describe('CommentsService', () => {
  it('tells the people mentioned, never the writer', async () => {
    const { service, repo, inbox } = setUp();
    await service.post(me, 'seg', { body: '@Tanya Orlova and @me, look', language: 'ru' });
    expect(repo.insert).toHaveBeenCalledWith(expect.objectContaining({ mentions: ['tanya', 'me'], language: 'ru', parentId: null }), {});
    expect(inbox).toEqual([{ userId: 'tanya', commentId: 'new-comment', reason: 'mention' }]);
  });

  it('files a reply under the thread’s first comment, in its edition, and tells the thread’s other writers', async () => {
    const { service, repo, inbox } = setUp({
      first: { id: 'first', segmentId: 'seg', projectId: 'p', parentId: null, language: 'ru' },
      reply: { id: 'reply', segmentId: 'seg', projectId: 'p', parentId: 'first', language: 'ru' },
    });
    await service.post(me, 'seg', { body: 'agreed', parentId: 'reply' });
    expect(repo.insert).toHaveBeenCalledWith(expect.objectContaining({ parentId: 'first', language: 'ru' }), {});
    expect(inbox).toEqual([{ userId: 'roman', commentId: 'new-comment', reason: 'reply' }]);
  });

  it('refuses a reply to another segment’s comment and a language the project lacks', async () => {
    const { service } = setUp({ other: { id: 'other', segmentId: 'elsewhere', projectId: 'p', parentId: null, language: null } });
    await expect(service.post(me, 'seg', { body: 'x', parentId: 'other' })).rejects.toMatchObject({
      details: [expect.objectContaining({ field: 'parentId' })],
    });
    await expect(service.post(me, 'seg', { body: 'x', language: 'en' })).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'language' })] });
  });

  it('resolves the whole thread when asked on a reply', async () => {
    const { service, repo, access } = setUp({ reply: { id: 'reply', segmentId: 'seg', projectId: 'p', parentId: 'first', language: 'ru' } });
    await expect(service.resolve(me, 'reply', true)).resolves.toEqual({ id: 'first' });
    expect(access.assertCan).toHaveBeenCalledWith(me, 'p', 'view');
    expect(repo.setResolved).toHaveBeenCalledWith('first', true, 'me');
    await expect(service.resolve(me, 'missing', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('posts a rejection for the edition and tells its last translator', async () => {
    const { service, repo, inbox } = setUp();
    await service.recordRejection(me, 'seg', 'ru', 'Numbers differ');
    expect(repo.insert).toHaveBeenCalledWith(expect.objectContaining({ kind: 'rejection', language: 'ru', body: 'Numbers differ', authorId: 'me' }), {});
    expect(inbox).toEqual([{ userId: 'tanya', commentId: 'new-comment', reason: 'rejection' }]);
  });
});
