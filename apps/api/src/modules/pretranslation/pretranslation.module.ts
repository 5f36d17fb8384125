import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MachineTranslationModule } from '../machine-translation/machine-translation.module';
import { PostEditingModule } from '../machine-translation/post-editing/post-editing.module';
import { MemoryModule } from '../memory/memory.module';
import { ProjectsModule } from '../projects/projects.module';
import { PretranslationController } from './pretranslation.controller';
import { PretranslationRepository } from './pretranslation.repository';
import { PretranslationRunner } from './pretranslation.runner';
import { PretranslationService } from './pretranslation.service';

@Module({
  imports: [ProjectsModule, JobsModule, MachineTranslationModule, PostEditingModule, MemoryModule],
  controllers: [PretranslationController],
  providers: [PretranslationService, PretranslationRepository, PretranslationRunner],
})
export class PretranslationModule {}
