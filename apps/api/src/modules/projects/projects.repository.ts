import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { CreateProjectRequest } from '@interlinea/shared';
import { ProjectEntity } from './entities/project.entity';

@Injectable()
export class ProjectsRepository {
  constructor(@InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>) {}

  async create(request: CreateProjectRequest, createdBy: string, manager: EntityManager): Promise<ProjectEntity> {
    const repo = manager.getRepository(ProjectEntity);
    const project = repo.create({
      name: request.name,
      sourceLanguage: request.sourceLanguage,
      createdBy,
      languages: request.targetLanguages.map((language) => ({ language, formality: 'default' as const, pivotLanguage: null })),
    });
    return repo.save(project);
  }

  findById(id: string): Promise<ProjectEntity | null> {
    return this.projects.findOne({ where: { id }, relations: { languages: true } });
  }

  findByIds(ids: string[]): Promise<ProjectEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.projects.find({ where: { id: In(ids) }, relations: { languages: true }, order: { createdAt: 'DESC' } });
  }

  async documentCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { projectId: string; count: number }[] = await this.projects.query(
      `SELECT project_id AS "projectId", count(*)::int AS count FROM document WHERE project_id = ANY($1) GROUP BY project_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.projectId, r.count]));
  }
}
