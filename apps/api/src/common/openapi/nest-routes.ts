import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA, SSE_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { ZodType } from 'zod';
import { IS_PUBLIC } from '../http/public.decorator';
import { ZodValidationPipe } from '../pipes/zod-validation.pipe';
import { API_CONTRACT, type ApiContractOptions } from './api-contract.decorator';

/** How a route argument is checked: a shared zod contract, a UUID, or not at all. */
export type ArgumentCheck = { zod: ZodType } | 'uuid' | 'none';

/** One controller method as the OpenAPI builder needs it: found by the operation id Swagger gives it. */
export interface NestRoute {
  /** `Controller_method`, Swagger's default operation id. */
  operationId: string;
  isPublic: boolean;
  isSse: boolean;
  /** From `@HttpCode`, when set. */
  httpCode?: number;
  contract?: ApiContractOptions;
  /** `@Body(pipe)`: the whole body. */
  body?: ArgumentCheck;
  /** `@Query(pipe)` (the whole query, name `undefined`) or `@Query('name', pipe)`. */
  query: { name?: string; check: ArgumentCheck }[];
  /** `@Param('name', pipe)`. */
  params: Map<string, ArgumentCheck>;
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/** Every route of the application's controllers, with the metadata that documents it. */
export function nestRoutes(app: INestApplication): NestRoute[] {
  const controllers = new Set<abstract new (...args: never[]) => unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (typeof wrapper.metatype === 'function') controllers.add(wrapper.metatype as abstract new (...args: never[]) => unknown);
    }
  }
  return [...controllers].flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function' && Reflect.hasMetadata(PATH_METADATA, prototype[name] as object))
      .map((name) => describeRoute(controller, name, prototype[name] as object));
  });
}

function describeRoute(controller: abstract new (...args: never[]) => unknown, name: string, handler: object): NestRoute {
  const route: NestRoute = {
    operationId: `${controller.name}_${name}`,
    isPublic: Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)),
    isSse: Boolean(Reflect.getMetadata(SSE_METADATA, handler)),
    httpCode: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined,
    contract: Reflect.getMetadata(API_CONTRACT, handler) as ApiContractOptions | undefined,
    query: [],
    params: new Map(),
  };
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, RouteArgument>;
  for (const [key, arg] of Object.entries(args)) {
    const type = Number(key.split(':')[0]);
    const check = checkOf(arg.pipes ?? []);
    const argName = typeof arg.data === 'string' ? arg.data : undefined;
    if (type === RouteParamtypes.BODY && argName === undefined) route.body = check;
    if (type === RouteParamtypes.QUERY) route.query.push({ name: argName, check });
    if (type === RouteParamtypes.PARAM && argName !== undefined) route.params.set(argName, check);
  }
  return route;
}

function checkOf(pipes: unknown[]): ArgumentCheck {
  for (const pipe of pipes) {
    if (pipe instanceof ZodValidationPipe) return { zod: pipe.schema as ZodType };
    if (pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe) return 'uuid';
  }
  return 'none';
}
