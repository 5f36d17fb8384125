import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectsModule } from '../projects/projects.module';
import { TranslationEntity } from './entities/translation.entity';
import { TranslationRevisionEntity } from './entities/translation-revision.entity';
import { TranslationsController } from './translations.controller';
import { TranslationsRepository } from './translations.repository';
import { TranslationsService } from './translations.service';

@Module({
  imports: [TypeOrmModule.forFeature([TranslationEntity, TranslationRevisionEntity]), ProjectsModule],
  controllers: [TranslationsController],
  providers: [TranslationsService, TranslationsRepository],
})
export class TranslationsModule {}
