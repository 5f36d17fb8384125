import { ERROR_CODES } from '@interlinea/shared';

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/**
 * The one exception services throw. It carries a code from the shared enum; `AppExceptionFilter`
 * maps the code to an HTTP status, so services never speak HTTP.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(what: string): AppException {
    return new AppException(ERROR_CODES.notFound, `${what} not found`);
  }

  static forbidden(message = 'You do not have the role needed for this action'): AppException {
    return new AppException(ERROR_CODES.forbidden, message);
  }

  static invalid(field: string, message: string): AppException {
    return new AppException(ERROR_CODES.validation, `${field}: ${message}`, [{ field, message }]);
  }
}
