import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { serveWebApp } from './common/http/web-app';
import { createOpenApiDocument } from './common/openapi/openapi-document';
import type { AppConfig } from './config/app-config';

/** HTTP set-up shared by the server and the HTTP tests: prefix, cookies, OpenAPI, the web app. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): INestApplication {
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  const strict = securityHeaders({ inlineStyles: false });
  const docs = securityHeaders({ inlineStyles: true });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next));
  app.use(cookieParser());
  // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY); otherwise the socket's address counts
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
  app.useBodyParser('json', { limit: '1mb' });
  const openApi = new DocumentBuilder()
    .setTitle('Interlinea API')
    .setDescription('Translation workbench for multilingual editions. Mutations need the X-CSRF-Token header.')
    .setVersion('0.1.0')
    .addCookieAuth('interlinea_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app, openApi));
  serveWebApp(app, config.webDist);
  return app;
}

/**
 * Security headers on every response: a strict Content-Security-Policy (scripts and styles from our own
 * origin only, no inline script; nothing may frame us), nosniff, no referrer to other sites, and no
 * `X-Powered-By`. The OpenAPI page (Swagger UI) needs inline styles; nothing else does.
 */
function securityHeaders(options: { inlineStyles: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: options.inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
