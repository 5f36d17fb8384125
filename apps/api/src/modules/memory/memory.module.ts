import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { MemoryFollower } from './memory-follower';
import { AnalysisService } from './analysis.service';
import { ImportProgress } from './import-progress';
import { MemoryCompaction } from './memory-compaction';
import { MemoryCompactionRepository } from './memory-compaction.repository';
import { MemoryController } from './memory.controller';
import { MemoryExchangeService } from './memory-exchange.service';
import { MemoryImportRepository } from './memory-import.repository';
import { MemoryIndexRepository } from './memory-index.repository';
import { MemoryLookup } from './memory-lookup';
import { MemoryLookupRepository } from './memory-lookup.repository';
import { MemorySearchRepository } from './memory-search.repository';
import { MemoryService } from './memory.service';
import { SegmentMemoryRepository } from './segment-memory.repository';

@Module({
  imports: [ProjectsModule, LedgerModule],
  controllers: [MemoryController],
  providers: [MemoryService, MemoryFollower, MemoryExchangeService, AnalysisService, MemoryLookup, MemoryIndexRepository, MemoryImportRepository, MemoryLookupRepository, MemorySearchRepository, SegmentMemoryRepository, MemoryCompaction, MemoryCompactionRepository, ImportProgress],
  exports: [MemoryService, MemoryCompaction],
})
export class MemoryModule {}
