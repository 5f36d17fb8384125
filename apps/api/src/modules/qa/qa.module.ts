import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { QaController } from './qa.controller';
import { QaRepository } from './qa.repository';
import { QaService } from './qa.service';

/** Quality assurance of editions: the report, ignores, per-project settings and the export gate. */
@Module({
  imports: [LedgerModule],
  controllers: [QaController],
  providers: [QaService, QaRepository],
  exports: [QaService],
})
export class QaModule {}
