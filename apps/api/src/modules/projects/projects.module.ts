import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectEntity } from './entities/project.entity';
import { ProjectLanguageEntity } from './entities/project-language.entity';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProjectsRepository } from './projects.repository';
import { ProgressRepository } from './progress.repository';

@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity, ProjectLanguageEntity])],
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectsRepository, ProgressRepository],
  exports: [ProjectsService, ProgressRepository],
})
export class ProjectsModule {}
