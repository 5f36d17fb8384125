import type { EntityManager } from 'typeorm';
import type { AccessService } from '../../access/access.service';
import type { ProjectsService } from '../../projects/projects.service';
import type { PostEditRepository } from './post-edit.repository';
import { PostEditingService } from './post-editing.service';
import type { LedgerOutbox } from '../../ledger/ledger-outbox';
import { savedOrigin } from '../../ledger/saved-origin';

const manager = {} as EntityManager;

function setUp(existingMtText: string | null) {
  const repo = { mtText: jest.fn().mockResolvedValue(existingMtText), record: jest.fn() };
  return { repo, service: new PostEditingService({} as AccessService, {} as ProjectsService, repo as unknown as PostEditRepository, {} as LedgerOutbox) };
}

describe('PostEditingService.recordSave', () => {
  it('starts a record when an MT suggestion is saved, with the distance to what was saved', async () => {
    const { service, repo } = setUp(null);
    await service.recordSave(
      { translationId: 't', text: 'Alle Macht den Räten!', editorId: 'u', origin: 'mt', suggestion: 'Alle Macht den Sowjets!' },
      manager,
    );
    expect(repo.record).toHaveBeenCalledWith(
      { translationId: 't', mtText: 'Alle Macht den Sowjets!', finalText: 'Alle Macht den Räten!', distance: 6, editorId: 'u' },
      manager,
    );
  });

  it('updates the record on later edits of MT text, and ignores translations that never were MT', async () => {
    const { service, repo } = setUp('[DE] Streik!');
    await service.recordSave({ translationId: 't', text: 'Streik!', editorId: 'v' }, manager);
    expect(repo.record).toHaveBeenCalledWith(expect.objectContaining({ mtText: '[DE] Streik!', distance: 5, editorId: 'v' }), manager);
    const human = setUp(null);
    await human.service.recordSave({ translationId: 't', text: 'Streik!', editorId: 'v' }, manager);
    expect(human.repo.record).not.toHaveBeenCalled();
  });
});

describe('savedOrigin', () => {
  it('keeps mt only while the text is the suggestion', () => {
    expect(savedOrigin({ text: 'a', origin: 'mt', suggestion: 'a' })).toBe('mt');
    expect(savedOrigin({ text: 'b', origin: 'mt', suggestion: 'a' })).toBe('human');
    expect(savedOrigin({ text: 'b' })).toBe('human');
  });
});
