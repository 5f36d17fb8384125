import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { AccessModule } from './modules/access/access.module';
import { AuthModule } from './modules/auth/auth.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { HealthModule } from './modules/health/health.module';
import { MembersModule } from './modules/members/members.module';
import { MemoryModule } from './modules/memory/memory.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { TranslationsModule } from './modules/translations/translations.module';
import { BatchEditsModule } from './modules/batch-edits/batch-edits.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { UsersModule } from './modules/users/users.module';
import { GlossaryModule } from './modules/glossary/glossary.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MachineTranslationModule } from './modules/machine-translation/machine-translation.module';
import { AlignmentModule } from './modules/alignment/alignment.module';
import { PretranslationModule } from './modules/pretranslation/pretranslation.module';
import { CommentsModule } from './modules/comments/comments.module';
import { QaModule } from './modules/qa/qa.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { EditionsModule } from './modules/editions/editions.module';
import { LiveModule } from './modules/live/live.module';
import { PreferencesModule } from './modules/preferences/preferences.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  /** `databaseUrl` is the resolved one: DATABASE_URL, or the embedded PostgreSQL's. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AccessModule,
        UsersModule,
        AuthModule,
        ProjectsModule,
        MembersModule,
        DocumentsModule,
        TranslationsModule,
        BatchEditsModule,
        SegmentsModule,
        MemoryModule,
        HealthModule,
        GlossaryModule,
        MachineTranslationModule,
        JobsModule,
        QaModule,
        DashboardModule,
        EditionsModule,
        PretranslationModule,
        CommentsModule,
        AlignmentModule,
        LiveModule,
        PreferencesModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppExceptionFilter }],
    };
  }
}
