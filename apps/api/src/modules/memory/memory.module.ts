import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { MemoryFollower } from './memory-follower';
import { AnalysisService } from './lookup/analysis.service';
import { ImportProgress } from './tmx/import-progress';
import { MemoryCompaction } from './index/memory-compaction';
import { MemoryCompactionRepository } from './index/memory-compaction.repository';
import { MemoryController } from './memory.controller';
import { MemoryExchangeService } from './tmx/memory-exchange.service';
import { MemoryImportRepository } from './tmx/memory-import.repository';
import { MemoryIndexRepository } from './index/memory-index.repository';
import { MemoryLookup } from './lookup/memory-lookup';
import { MemoryLookupRepository } from './lookup/memory-lookup.repository';
import { MemorySearchRepository } from './lookup/memory-search.repository';
import { MemoryService } from './memory.service';
import { SegmentMemoryRepository } from './segment-memory.repository';
import { MemoryReviewController } from './review/memory-review.controller';
import { MemoryReviewRepository } from './review/memory-review.repository';
import { MemoryReviewService } from './review/memory-review.service';
import { MemoryUnitSearch } from './review/memory-unit-search';

@Module({
  imports: [ProjectsModule, LedgerModule],
  controllers: [MemoryController, MemoryReviewController],
  providers: [
    MemoryService,
    MemoryFollower,
    MemoryExchangeService,
    AnalysisService,
    MemoryLookup,
    MemoryIndexRepository,
    MemoryImportRepository,
    MemoryLookupRepository,
    MemorySearchRepository,
    SegmentMemoryRepository,
    MemoryCompaction,
    MemoryCompactionRepository,
    ImportProgress,
    MemoryReviewRepository,
    MemoryReviewService,
    MemoryUnitSearch,
  ],
  exports: [MemoryService, MemoryReviewService, MemoryCompaction, MemoryIndexRepository],
})
export class MemoryModule {}
