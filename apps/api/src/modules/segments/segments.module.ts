import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { LedgerModule } from '../ledger/ledger.module';
import { SegmentEditingService } from './segment-editing.service';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentTranslatableService } from './segment-translatable.service';

@Module({
  imports: [DocumentsModule, LedgerModule],
  controllers: [SegmentsController],
  providers: [SegmentEditingService, SegmentTranslatableService, SegmentsRepository],
})
export class SegmentsModule {}
