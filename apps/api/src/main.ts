import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { assertPortsFree, claimDataDir, StartupError } from './database/startup-guard';
import { configureHttp } from './http-app';
import { AuthService } from './modules/auth/auth.service';

/** How long a shutdown may take before the process ends anyway (a database gone can hang a pool). */
const SHUTDOWN_GRACE_MS = 5000;

/** Whatever must be undone when the start fails half-way or the process is asked to stop. */
const cleanups: Array<() => Promise<void> | void> = [];

async function cleanUp(logger: Logger): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      logger.warn(`Shutdown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function bootstrap(logger: Logger): Promise<void> {
  const config = loadConfig();
  await assertPortsFree({ http: { port: config.port, host: config.host } });
  let embedded: RunningPostgres | undefined;
  if (!config.databaseUrl) {
    cleanups.push(claimDataDir(config.dataDir));
    logger.log(`No DATABASE_URL: starting the embedded PostgreSQL with data in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
    const database = embedded;
    cleanups.push(() => database.stop());
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, config.databaseUrl ?? embedded!.url), {
    logger: ['error', 'warn', 'log'],
  });
  cleanups.push(() => app.close());
  configureHttp(app, config);
  await app.get(AuthService).ensureConfiguredAdmin();
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`Port ${config.port} is already in use by another program: set PORT to a free port.`);
    }
    throw error;
  }
  logger.log(`Interlinea is ready: open http://localhost:${config.port}`);
}

const logger = new Logger('Interlinea');
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.log(`${signal}: shutting down`);
  setTimeout(() => {
    logger.warn(`Shutdown took longer than ${SHUTDOWN_GRACE_MS / 1000} s: exiting anyway`);
    process.exit(0);
  }, SHUTDOWN_GRACE_MS).unref();
  await cleanUp(logger);
  process.exit(0);
};
// installed before anything starts: a stop during the start still stops the database it started
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
bootstrap(logger).catch(async (error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else if (error instanceof Error) {
    console.error(`Interlinea could not start: ${error.stack ?? error.message}`);
  } else {
    console.error(`Interlinea could not start: ${String(error)}`);
  }
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  await cleanUp(logger);
  process.exit(1);
});
