import type { DataSource, EntityManager } from 'typeorm';
import type { Translation } from '@interlinea/shared';
import type { AccessService } from '../access/access.service';
import type { MemoryService } from '../memory/memory.service';
import type { ProjectsService } from '../projects/projects.service';
import type { TranslationEntity } from './entities/translation.entity';
import { TranslationsService } from './translations.service';
import type { TranslationsRepository } from './translations.repository';

const user = { id: 'tanya', email: 't@example.org', displayName: 'Tanya', isAdmin: false, sessionId: 's' };
const context = { segmentId: 'seg', documentId: 'doc', projectId: 'p', source: 'Down with capitalism!', sourceHash: 'h' };
const stored: TranslationEntity = {
  id: 't1', segmentId: 'seg', language: 'ru', text: 'Долой капитализм!', codes: [], status: 'translated', origin: 'human',
  score: null, version: 3, authorId: 'roman', reviewComment: null, updatedAt: new Date(),
};
const view: Translation = { text: 'Долой капитализм!', status: 'translated', origin: 'human', version: 3, authorName: 'Roman', updatedAt: '2026-11-24T10:00:00.000Z', reviewComment: null };

function setUp(current: TranslationEntity | null) {
  const repo = {
    segmentContext: jest.fn().mockResolvedValue(context),
    lockForUpdate: jest.fn().mockResolvedValue(current),
    insertFirst: jest.fn(),
    update: jest.fn(async (c: TranslationEntity, change: object) => ({ ...c, ...change, version: c.version + 1 })),
    addRevision: jest.fn(),
    view: jest.fn().mockResolvedValue(view),
  };
  const dataSource = { transaction: (work: (m: EntityManager) => unknown) => work({} as EntityManager) } as unknown as DataSource;
  const access = { assertCan: jest.fn().mockResolvedValue([]) } as unknown as AccessService;
  const projects = { findWithEdition: jest.fn().mockResolvedValue({ languages: [{ language: 'ru' }] }) } as unknown as ProjectsService;
  const memory = { translationChanged: jest.fn().mockResolvedValue(0) } as unknown as MemoryService;
  return { repo, memory, service: new TranslationsService(dataSource, access, projects, repo as unknown as TranslationsRepository, memory) };
}

describe('TranslationsService.save', () => {
  it('answers a stale version with the current translation and writes nothing', async () => {
    const { repo, service } = setUp(stored);
    await expect(service.save(user, 'seg', 'ru', { text: 'Прочь!', status: 'translated', version: 2 })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { current: view },
    });
    expect(repo.update).not.toHaveBeenCalled();
    expect(repo.addRevision).not.toHaveBeenCalled();
  });

  it('saves from the current version and keeps a revision', async () => {
    const { repo, service } = setUp(stored);
    await service.save(user, 'seg', 'ru', { text: 'Долой капитал!', status: 'translated', version: 3 });
    expect(repo.update).toHaveBeenCalledWith(stored, expect.objectContaining({ text: 'Долой капитал!', authorId: 'tanya', origin: 'human' }), expect.anything());
    expect(repo.addRevision).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }), 'tanya', null, expect.anything());
  });

  it('does not make a revision when nothing changed', async () => {
    const { repo, service } = setUp(stored);
    await service.save(user, 'seg', 'ru', { text: stored.text, status: 'translated', version: 3 });
    expect(repo.update).not.toHaveBeenCalled();
  });

  it('treats a first save that lost the race as a conflict', async () => {
    const { repo, service } = setUp(null);
    repo.insertFirst.mockResolvedValue(null);
    await expect(service.save(user, 'seg', 'ru', { text: 'Долой!', status: 'draft', version: 0 })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });
});
