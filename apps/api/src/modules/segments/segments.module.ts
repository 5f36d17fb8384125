import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { ProjectsModule } from '../projects/projects.module';
import { MemoryModule } from '../memory/memory.module';
import { SegmentEditingService } from './segment-editing.service';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';

@Module({
  imports: [DocumentsModule, ProjectsModule, MemoryModule],
  controllers: [SegmentsController],
  providers: [SegmentEditingService, SegmentsRepository],
})
export class SegmentsModule {}
