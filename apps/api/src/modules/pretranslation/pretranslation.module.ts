import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MachineTranslationModule } from '../machine-translation/machine-translation.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MemoryModule } from '../memory/memory.module';
import { ProjectsModule } from '../projects/projects.module';
import { PretranslationController } from './pretranslation.controller';
import { PretranslationRepository } from './pretranslation.repository';
import { PretranslationRunner } from './pretranslation.runner';
import { PretranslationService } from './pretranslation.service';

@Module({
  imports: [ProjectsModule, JobsModule, MachineTranslationModule, MemoryModule, LedgerModule],
  controllers: [PretranslationController],
  providers: [PretranslationService, PretranslationRepository, PretranslationRunner],
})
export class PretranslationModule {}
