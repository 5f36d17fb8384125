import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MemoryModule } from '../memory/memory.module';
import { ProjectsModule } from '../projects/projects.module';
import { PostEditingModule } from '../machine-translation/post-editing/post-editing.module';
import { TranslationEntity } from './entities/translation.entity';
import { TranslationRevisionEntity } from './entities/translation-revision.entity';
import { TranslationsController } from './translations.controller';
import { TranslationsRepository } from './translations.repository';
import { TranslationsService } from './translations.service';

@Module({
  imports: [TypeOrmModule.forFeature([TranslationEntity, TranslationRevisionEntity]), ProjectsModule, MemoryModule, PostEditingModule],
  controllers: [TranslationsController],
  providers: [TranslationsService, TranslationsRepository],
})
export class TranslationsModule {}
