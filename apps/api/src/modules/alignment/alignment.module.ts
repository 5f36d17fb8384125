import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { GlossaryModule } from '../glossary/glossary.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MachineTranslationModule } from '../machine-translation/machine-translation.module';
import { MemoryModule } from '../memory/memory.module';
import { ProjectsModule } from '../projects/projects.module';
import { AlignmentController } from './alignment.controller';
import { AlignmentRepository } from './alignment.repository';
import { AlignmentService } from './alignment.service';
import { WordPairs } from './word-pairs';

@Module({
  imports: [ProjectsModule, DocumentsModule, GlossaryModule, LedgerModule, MemoryModule, MachineTranslationModule],
  controllers: [AlignmentController],
  providers: [AlignmentService, AlignmentRepository, WordPairs],
})
export class AlignmentModule {}
