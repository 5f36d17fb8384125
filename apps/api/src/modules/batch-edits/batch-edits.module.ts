import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { BatchEditsController } from './batch-edits.controller';
import { BatchEditsRepository } from './batch-edits.repository';
import { BatchEditsService } from './batch-edits.service';

/** Edits of many segments at once: search and replace (undoable as a batch), batch approval. */
@Module({
  imports: [LedgerModule],
  controllers: [BatchEditsController],
  providers: [BatchEditsService, BatchEditsRepository],
})
export class BatchEditsModule {}
