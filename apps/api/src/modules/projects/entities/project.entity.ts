import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language } from '@interlinea/shared';
import { ProjectLanguageEntity } from './project-language.entity';

@Entity('project')
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'source_language', type: 'text' }) sourceLanguage: Language;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @OneToMany(() => ProjectLanguageEntity, (l) => l.project, { cascade: ['insert'] }) languages: Relation<ProjectLanguageEntity[]>;
}
