import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
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
  imports: [ProjectsModule],
  controllers: [MemoryController],
  providers: [MemoryService, MemoryExchangeService, AnalysisService, MemoryLookup, MemoryIndexRepository, MemoryImportRepository, MemoryLookupRepository, MemorySearchRepository, SegmentMemoryRepository, MemoryCompaction, MemoryCompactionRepository, ImportProgress],
  exports: [MemoryService, MemoryCompaction],
})
export class MemoryModule {}
