import { BadRequestException } from '@nestjs/common';
import { ZodValidationPipe } from './zod-validation.pipe';

/**
 * A query string that failed its contract is a malformed request (400), not a refused entity (422):
 * paging parameters and the like. The message names every faulty parameter, as `offset: must be …`.
 */
export class QueryValidationPipe<T> extends ZodValidationPipe<T> {
  override transform(value: unknown): T {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const summary = result.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; ');
    throw new BadRequestException(summary);
  }
}
