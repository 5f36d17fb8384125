import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ContractSchemas } from './contract-schemas';
import { describeOperations } from './describe-operations';
import { nestRoutes } from './nest-routes';

/**
 * The OpenAPI document of the application: the routes Swagger finds, completed with the request and
 * response schemas of the shared zod contracts (see `ApiContract`).
 */
export function createOpenApiDocument(app: INestApplication, config: Omit<OpenAPIObject, 'paths'>): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller}_${method}` });
  describeOperations(document, nestRoutes(app), new ContractSchemas());
  return document;
}
