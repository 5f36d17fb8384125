import type { UiLanguage } from '@interlinea/shared';
import type { core } from 'zod';
import type { ErrorCatalogue } from './messages/error-catalogue';

/** A zod issue of a request, with its field path and whether the field was missing altogether. */
export interface RequestIssue {
  field: string;
  issue: core.$ZodIssue;
  missing: boolean;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** A field error in words a person reads (`at least 8 characters`), in their language. */
export function fieldMessage(
  { issue, missing }: RequestIssue,
  catalogue: ErrorCatalogue,
  locale: UiLanguage,
  ownWords: (message: string) => string | null,
): string {
  // a contract's own sentence (`.min(1, 'write a comment')`) wins over the generic wording
  const own = ownWords(issue.message);
  if (own !== null) return own;
  const f = catalogue.fields;
  if (missing && issue.code === 'invalid_type') return f.required;
  switch (issue.code) {
    case 'invalid_type':
      return fill(f.wrongType, { expected: issue.expected });
    case 'too_small': {
      const count = Number(issue.minimum);
      if (issue.origin === 'string') return count <= 1 ? f.required : fill(f.tooShort, { count });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(f.tooFew, { count });
      return fill(f.tooSmall, { count });
    }
    case 'too_big': {
      const count = Number(issue.maximum);
      if (issue.origin === 'string') return fill(f.tooLong, { count });
      if (issue.origin === 'array' || issue.origin === 'set') return fill(f.tooMany, { count });
      return fill(f.tooLarge, { count });
    }
    case 'invalid_value':
      return fill(f.notOneOf, { options: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return fill(f.badFormat, { format: issue.format });
    case 'unrecognized_keys':
      return fill(f.unknownKeys, { keys: issue.keys.join(', ') });
    case 'custom':
      return issue.message;
    default:
      return locale === 'en' ? issue.message : f.invalid;
  }
}
