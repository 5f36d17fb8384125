import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { GlossaryController } from './glossary.controller';
import { GlossaryRepository } from './glossary.repository';
import { GlossaryService } from './glossary.service';

@Module({
  imports: [ProjectsModule],
  controllers: [GlossaryController],
  providers: [GlossaryService, GlossaryRepository],
  exports: [GlossaryRepository],
})
export class GlossaryModule {}
