import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LANGUAGES, type CreateProjectRequest, type EditionProgress, type Language, type MyRole, type ProjectSummary } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { MembershipRepository } from '../access/membership.repository';
import { ProjectEntity } from './entities/project.entity';
import { ProjectsRepository } from './projects.repository';
import { ProgressRepository } from './progress.repository';

@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly progress: ProgressRepository,
    private readonly memberships: MembershipRepository,
    private readonly access: AccessService,
  ) {}

  /** The creator becomes the project's manager and publisher. */
  async create(user: SessionUser, request: CreateProjectRequest): Promise<ProjectSummary> {
    await this.access.assertCanCreateProject(user);
    const project = await this.dataSource.transaction(async (manager) => {
      const created = await this.projects.create(request, user.id, manager);
      await this.memberships.grant({ projectId: created.id, userId: user.id, role: 'manager', language: null }, manager);
      await this.memberships.grant({ projectId: created.id, userId: user.id, role: 'publisher', language: null }, manager);
      return created;
    });
    return this.get(user, project.id);
  }

  async listMine(user: SessionUser): Promise<ProjectSummary[]> {
    const roles = await this.memberships.rolesOf(user.id);
    const projects = await this.projects.findByIds([...new Set(roles.map((r) => r.projectId))]);
    return this.summarise(projects, roles);
  }

  /** One project; without `progress` (the costly counts) its `progress` is empty. */
  async get(user: SessionUser, projectId: string, options: { progress: boolean } = { progress: true }): Promise<ProjectSummary> {
    const project = await this.findOrThrow(projectId);
    const roles = await this.access.assertCan(user, projectId, 'view');
    const [summary] = await this.summarise([project], roles, options.progress);
    return summary;
  }

  async findOrThrow(projectId: string): Promise<ProjectEntity> {
    const project = await this.projects.findById(projectId);
    if (!project) throw AppException.notFound('Project');
    return project;
  }

  private async summarise(projects: ProjectEntity[], roles: MyRole[], withProgress = true): Promise<ProjectSummary[]> {
    const ids = projects.map((p) => p.id);
    const [progress, documentCounts] = await Promise.all([
      withProgress ? this.progress.byProject(ids) : new Map<string, EditionProgress[]>(),
      this.projects.documentCounts(ids),
    ]);
    return projects.map((p) => ({
      id: p.id,
      name: p.name,
      sourceLanguage: p.sourceLanguage,
      targetLanguages: sortLanguages(p.languages.map((l) => l.language)),
      createdAt: p.createdAt.toISOString(),
      documentCount: documentCounts.get(p.id) ?? 0,
      myRoles: roles.filter((r) => r.projectId === p.id),
      progress: progress.get(p.id) ?? [],
    }));
  }
}

function sortLanguages(languages: Language[]): Language[] {
  return [...languages].sort((a, b) => LANGUAGES.indexOf(a) - LANGUAGES.indexOf(b));
}
