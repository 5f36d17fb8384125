import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { MemoryModule } from '../memory/memory.module';
import { CommentsModule } from '../comments/comments.module';
import { TranslationsController } from './translations.controller';
import { TranslationsRepository } from './translations.repository';
import { TranslationsService } from './translations.service';

@Module({
  imports: [LedgerModule, MemoryModule, CommentsModule],
  controllers: [TranslationsController],
  providers: [TranslationsService, TranslationsRepository],
})
export class TranslationsModule {}
