import { Module } from '@nestjs/common';
import { LedgerModule } from '../../ledger/ledger.module';
import { ProjectsModule } from '../../projects/projects.module';
import { PostEditingFollower } from './post-editing.follower';
import { PostEditRepository } from './post-edit.repository';
import { PostEditingService } from './post-editing.service';

/** Kept apart from MT: it follows the ledger's events (saves over MT) without depending on DeepL. */
@Module({
  imports: [ProjectsModule, LedgerModule],
  providers: [PostEditingService, PostEditRepository, PostEditingFollower],
  exports: [PostEditingService],
})
export class PostEditingModule {}
