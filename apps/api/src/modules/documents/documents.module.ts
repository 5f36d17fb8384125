import { DocumentParser } from './parsing/document-parser';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectsModule } from '../projects/projects.module';
import { LedgerModule } from '../ledger/ledger.module';
import { QaModule } from '../qa/qa.module';
import { CommentsModule } from '../comments/comments.module';
import { DocumentEntity } from './entities/document.entity';
import { SegmentEntity } from './entities/segment.entity';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { DocumentImportService } from './document-import.service';
import { EditionExportService } from './edition-export.service';
import { PublisherExportService } from './publisher-export.service';

@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity, SegmentEntity]), ProjectsModule, LedgerModule, QaModule, CommentsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentImportService, EditionExportService, PublisherExportService, DocumentsRepository, DocumentParser],
  exports: [DocumentsService, DocumentsRepository, DocumentParser],
})
export class DocumentsModule {}
