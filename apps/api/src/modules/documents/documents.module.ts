import { DocumentParser } from './parsing/document-parser';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectsModule } from '../projects/projects.module';
import { LedgerModule } from '../ledger/ledger.module';
import { QaModule } from '../qa/qa.module';
import { DocumentEntity } from './entities/document.entity';
import { SegmentEntity } from './entities/segment.entity';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { DocumentImportService } from './document-import.service';
import { EditionExportService } from './edition-export.service';

@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity, SegmentEntity]), ProjectsModule, LedgerModule, QaModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentImportService, EditionExportService, DocumentsRepository, DocumentParser],
  exports: [DocumentsService, DocumentsRepository, DocumentParser],
})
export class DocumentsModule {}
