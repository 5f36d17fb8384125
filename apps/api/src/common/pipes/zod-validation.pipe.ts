import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { ERROR_CODES, type FieldIssue } from '@interlinea/shared';
import { AppException } from '../errors/app.exception';

/** Validates a body or query with a shared zod contract; 422 names every faulty field. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const issues: FieldIssue[] = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    throw new AppException(ERROR_CODES.validation, `Invalid request: ${summary}`, issues);
  }
}
