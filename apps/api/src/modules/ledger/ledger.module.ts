import { Module } from '@nestjs/common';
import { LedgerOutbox } from './ledger-outbox';
import { LedgerRepository } from './ledger.repository';
import { OutboxRepository } from './outbox.repository';
import { TranslationLedger } from './translation-ledger';

/** The one writer of translations and their history; followers subscribe to its events through `LedgerOutbox`. */
@Module({
  providers: [TranslationLedger, LedgerRepository, LedgerOutbox, OutboxRepository],
  exports: [TranslationLedger, LedgerOutbox],
})
export class LedgerModule {}
