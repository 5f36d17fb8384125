import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { LedgerModule } from '../ledger/ledger.module';
import { QaModule } from '../qa/qa.module';
import { CorrectionsController } from './corrections.controller';
import { CorrectionsRepository } from './corrections.repository';
import { CorrectionsService } from './corrections.service';
import { EditionsController } from './editions.controller';
import { OriginsRepository } from './origins.repository';
import { ProvenanceService } from './provenance.service';
import { PublicationsController } from './publications.controller';
import { PublicationsRepository } from './publications.repository';
import { PublicationsService } from './publications.service';
import { SourceCorrectionService } from './source-correction.service';

/** Editions as one: provenance and outdated translations, corrections of the original, publications. */
@Module({
  imports: [DocumentsModule, LedgerModule, QaModule],
  controllers: [EditionsController, CorrectionsController, PublicationsController],
  providers: [
    ProvenanceService,
    SourceCorrectionService,
    CorrectionsService,
    PublicationsService,
    OriginsRepository,
    CorrectionsRepository,
    PublicationsRepository,
  ],
})
export class EditionsModule {}
