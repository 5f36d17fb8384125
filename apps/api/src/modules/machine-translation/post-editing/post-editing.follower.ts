import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TranslationOrigin } from '@interlinea/shared';
import type { LedgerFollower, TranslationEvent } from '../../ledger/ledger-event';
import { LedgerOutbox } from '../../ledger/ledger-outbox';
import { PostEditingService } from './post-editing.service';

/** Keeps post-editing statistics from the ledger's events: MT written by pre-translation, then every save typed over it. */
@Injectable()
export class PostEditingFollower implements LedgerFollower, OnModuleInit {
  readonly name = 'post-editing';

  constructor(
    private readonly outbox: LedgerOutbox,
    private readonly postEditing: PostEditingService,
  ) {}

  onModuleInit(): void {
    this.outbox.follow(this);
  }

  async follow(events: TranslationEvent[], manager: EntityManager): Promise<void> {
    const typed = events.filter((e) => e.kind === 'typed' && e.authorId);
    const fromMachine = await this.postEditing.translationsWithMachineText([...new Set(typed.map((e) => e.translationId))], manager);
    for (const event of events) {
      if (event.kind === 'pretranslated' && event.origin === 'mt') {
        await this.postEditing.recordMachineText(event.translationId, event.text, manager);
        fromMachine.add(event.translationId);
      } else if (event.kind === 'typed' && event.authorId) {
        const origin = (event.payload?.requestOrigin ?? undefined) as TranslationOrigin | undefined;
        const suggestion = (event.payload?.suggestion ?? undefined) as string | undefined;
        // only saves over MT text are measured: a translation that never held MT has nothing to compare
        if (origin !== 'mt' && !fromMachine.has(event.translationId)) continue;
        await this.postEditing.recordSave({ translationId: event.translationId, text: event.text, editorId: event.authorId, origin, suggestion }, manager);
        fromMachine.add(event.translationId);
      }
    }
  }
}
