import { randomBytes } from 'node:crypto';
import type { Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { configureHttp } from '../../src/http-app';
import { SERVER_URL_ENV, TEMPLATE_DATABASE } from './test-database-names';
import { TestBrowser } from './test-browser';

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  config: AppConfig;
  /** The database of this app (another app can be started on it: a second API process, or a restart). */
  database: string;
  /** A new cookie jar: one person at one browser. */
  browser(): TestBrowser;
  close(): Promise<void>;
}

/**
 * The whole API on a fresh database copied from the migrated template (or on `existing`), for one test file;
 * `extraControllers` add routes the application does not have (to show a check catches them).
 */
export async function createTestApp(env: Record<string, string> = {}, existing?: string, extraControllers: Type[] = []): Promise<TestApp> {
  const serverUrl = process.env[SERVER_URL_ENV];
  if (!serverUrl) throw new Error(`${SERVER_URL_ENV} is not set: run integration tests with jest.int.config.cjs`);
  const database = existing ?? `test_${randomBytes(6).toString('hex')}`;
  if (!existing) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;

  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/interlinea-unused', WEB_DIST: '/nonexistent', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, url.toString())], controllers: extraControllers }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    config,
    database,
    db: app.get(DataSource),
    browser: () => new TestBrowser(app.getHttpServer()),
    close: () => app.close(),
  };
}
