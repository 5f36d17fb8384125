import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PostEditingStatistics, TranslationOrigin } from '@interlinea/shared';
import type { SessionUser } from '../../../common/http/current-user.decorator';
import { AccessService } from '../../access/access.service';
import { LedgerOutbox } from '../../ledger/ledger-outbox';
import { ProjectsService } from '../../projects/projects.service';
import { editDistance } from './edit-distance';
import { PostEditRepository, withEffort } from './post-edit.repository';

/** A save, as the ledger's event tells it. */
export interface SavedTranslation {
  translationId: string;
  text: string;
  editorId: string;
  /** From the save request: `mt` with the suggestion when the translator took an MT suggestion. */
  origin?: TranslationOrigin;
  suggestion?: string;
}

/**
 * Post-editing effort: when MT output becomes a translation, its text is kept; every later save
 * records the character edit distance between that MT output and the text now saved.
 */
@Injectable()
export class PostEditingService {
  constructor(
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly postEdits: PostEditRepository,
    private readonly outbox: LedgerOutbox,
  ) {}

  /** Called by the follower of the ledger's events, in the transaction that marks them followed. */
  async recordSave(saved: SavedTranslation, manager: EntityManager): Promise<void> {
    const mtText = saved.origin === 'mt' && saved.suggestion !== undefined ? saved.suggestion : await this.postEdits.mtText(saved.translationId, manager);
    if (mtText === null) return;
    await this.postEdits.record(
      { translationId: saved.translationId, mtText, finalText: saved.text, distance: editDistance(mtText, saved.text), editorId: saved.editorId },
      manager,
    );
  }

  /** Which of these translations started from MT (only their saves are measured). */
  translationsWithMachineText(translationIds: string[], manager: EntityManager): Promise<Set<string>> {
    return this.postEdits.withMachineText(translationIds, manager);
  }

  /** Recorded by pre-translation: MT text written as is, nobody has edited it yet. */
  recordMachineText(translationId: string, text: string, manager: EntityManager): Promise<void> {
    return this.postEdits.record({ translationId, mtText: text, finalText: text, distance: 0, editorId: null }, manager);
  }

  async statistics(user: SessionUser, projectId: string): Promise<PostEditingStatistics> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    await this.outbox.settled(projectId);
    const [byDocument, byLanguage, byTranslator] = await Promise.all([
      this.postEdits.byDocument(projectId),
      this.postEdits.byLanguage(projectId),
      this.postEdits.byTranslator(projectId),
    ]);
    const sum = (key: 'segments' | 'unedited' | 'mtCharacters' | 'editDistance') => byLanguage.reduce((n, r) => n + r[key], 0);
    const total = withEffort({ segments: sum('segments'), unedited: sum('unedited'), mtCharacters: sum('mtCharacters'), editDistance: sum('editDistance') });
    return { total, byDocument, byLanguage, byTranslator };
  }
}
