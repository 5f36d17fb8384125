import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { ERROR_CODES, type FieldIssue } from '@interlinea/shared';
import { AppException } from '../errors/app.exception';
import type { RequestIssue } from '../errors/field-message';

/** A request that failed its contract: the zod issues travel along, so the message can be worded in the person's language. */
export class RequestValidationException extends AppException {
  constructor(
    message: string,
    details: FieldIssue[],
    readonly issues: RequestIssue[],
  ) {
    super(ERROR_CODES.validation, message, details);
  }
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates a body or query with a shared zod contract; 422 names every faulty field. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const input = value ?? {};
    const result = this.schema.safeParse(input);
    if (result.success) return result.data;
    const issues: RequestIssue[] = result.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      issue,
      missing: issue.path.length > 0 && valueAt(input, issue.path) === undefined,
    }));
    const details: FieldIssue[] = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    const summary = details.map((i) => `${i.field}: ${i.message}`).join('; ');
    throw new RequestValidationException(`Invalid request: ${summary}`, details, issues);
  }
}
