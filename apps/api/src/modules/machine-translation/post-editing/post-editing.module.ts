import { Module } from '@nestjs/common';
import { ProjectsModule } from '../../projects/projects.module';
import { PostEditRepository } from './post-edit.repository';
import { PostEditingService } from './post-editing.service';

/** Kept apart from MT so the translations module can record saves without depending on DeepL. */
@Module({
  imports: [ProjectsModule],
  providers: [PostEditingService, PostEditRepository],
  exports: [PostEditingService],
})
export class PostEditingModule {}
