import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Language } from '@interlinea/shared';
import { ProjectEntity } from './project.entity';

/** One edition of a project: a target language and its settings. */
@Entity('project_language')
export class ProjectLanguageEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId: string;
  @PrimaryColumn({ type: 'text' }) language: Language;
  @Column({ type: 'text', default: 'default' }) formality: 'default' | 'more' | 'less';
  @Column({ name: 'pivot_language', type: 'text', nullable: true }) pivotLanguage: Language | null;
  @ManyToOne(() => ProjectEntity, (p) => p.languages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project: Relation<ProjectEntity>;
}
