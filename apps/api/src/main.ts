import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { configureHttp } from './http-app';
import { AuthService } from './modules/auth/auth.service';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Interlinea');
  const config = loadConfig();
  let embedded: RunningPostgres | undefined;
  if (!config.databaseUrl) {
    logger.log(`No DATABASE_URL: starting the embedded PostgreSQL with data in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, config.databaseUrl ?? embedded!.url), {
    logger: ['error', 'warn', 'log'],
  });
  configureHttp(app, config);
  await app.get(AuthService).ensureConfiguredAdmin();
  await app.listen(config.port, config.host);
  logger.log(`Interlinea is ready: open http://localhost:${config.port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
