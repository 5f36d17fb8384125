import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../http/current-user.decorator';
import { RequestValidationException } from '../pipes/zod-validation.pipe';
import { errorLocale } from './error-locale';
import { localizeError } from './localize-error';
import { ERROR_CODES, type ApiError } from '@interlinea/shared';
import { AppException, type ErrorCode } from './app.exception';
import { databaseProblem, DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ERROR_CODES.validation]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ERROR_CODES.unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ERROR_CODES.forbidden]: HttpStatus.FORBIDDEN,
  [ERROR_CODES.csrf]: HttpStatus.FORBIDDEN,
  [ERROR_CODES.notFound]: HttpStatus.NOT_FOUND,
  [ERROR_CODES.conflict]: HttpStatus.CONFLICT,
  [ERROR_CODES.tooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [ERROR_CODES.fileTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ERROR_CODES.fileRejected]: HttpStatus.BAD_REQUEST,
  [ERROR_CODES.pdfNoText]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ERROR_CODES.internal]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ERROR_CODES.mtDisabled]: HttpStatus.SERVICE_UNAVAILABLE,
  [ERROR_CODES.mtAuthFailed]: HttpStatus.SERVICE_UNAVAILABLE,
  [ERROR_CODES.mtQuotaExceeded]: HttpStatus.SERVICE_UNAVAILABLE,
  [ERROR_CODES.mtTimeout]: HttpStatus.GATEWAY_TIMEOUT,
  [ERROR_CODES.mtUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ERROR_CODES.jobState]: HttpStatus.CONFLICT,
  [ERROR_CODES.databaseUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ERROR_CODES.roleAlreadyGranted]: HttpStatus.CONFLICT,
  [ERROR_CODES.segmentLocked]: HttpStatus.CONFLICT,
  [ERROR_CODES.languageMismatch]: HttpStatus.CONFLICT,
  [ERROR_CODES.qaErrors]: HttpStatus.CONFLICT,
  [ERROR_CODES.originInvalid]: HttpStatus.BAD_REQUEST,
  [ERROR_CODES.notOutdated]: HttpStatus.CONFLICT,
  [ERROR_CODES.correctionInvalid]: HttpStatus.CONFLICT,
};

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.validation,
  401: ERROR_CODES.unauthenticated,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  413: ERROR_CODES.fileTooLarge,
};

/**
 * Every error leaves as `{ code, message, details }`; stacks go to the log, never to the user.
 * The code is stable; the message is in the person's interface language, else the request's
 * `Accept-Language`, else English.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<AuthenticatedRequest>();
    // the client went away (an aborted upload): nobody reads an answer, and it is no server error
    if (response.destroyed || response.writableEnded) return;
    const locale = errorLocale(request?.user?.uiLanguage, request?.headers?.['accept-language']);
    if (isDatabaseUnavailable(error)) {
      // an outage, not a bug: one line in the log, and the client is told to come back
      this.logger.warn(`database unavailable: ${databaseProblem(error)}`);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      const body: ApiError = {
        code: ERROR_CODES.databaseUnavailable,
        message: 'The database is not available right now. Nothing was saved; try again in a few seconds.',
        details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      };
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json(localizeError(body, locale));
      return;
    }
    const { status, body } = this.toBody(error);
    if (status >= 500) this.logger.error(body.message, error instanceof Error ? error.stack : String(error));
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    const issues = error instanceof RequestValidationException ? error.issues : undefined;
    response.status(status).json(localizeError(body, locale, issues));
  }

  private toBody(error: unknown): { status: number; body: ApiError } {
    if (error instanceof AppException) {
      return { status: STATUS_BY_CODE[error.code], body: { code: error.code, message: error.message, details: error.details } };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = CODE_BY_HTTP_STATUS[status] ?? (status >= 500 ? ERROR_CODES.internal : ERROR_CODES.validation);
      return { status, body: { code, message: this.httpMessage(error, status) } };
    }
    return { status: 500, body: { code: ERROR_CODES.internal, message: 'Something went wrong on the server; it has been logged.' } };
  }

  private httpMessage(error: HttpException, status: number): string {
    if (status === 413) return 'The file is too large.';
    if (status === 404) return 'Not found';
    const res = error.getResponse();
    if (typeof res === 'object' && res && 'message' in res) {
      const m = (res as { message: unknown }).message;
      return Array.isArray(m) ? m.join('; ') : String(m);
    }
    return error.message;
  }
}
