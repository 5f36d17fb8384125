import { Injectable } from '@nestjs/common';

const LIMIT = 2000;

/**
 * Open QA error counts by document and edition, kept while what they were computed from is unchanged
 * (a fingerprint of the sources, translations, ignores, glossary and QA settings): checking an edition
 * of 5,000 segments takes seconds, and the dashboard shows every edition of every document at once.
 */
@Injectable()
export class QaCountCache {
  private readonly counts = new Map<string, { fingerprint: string; errors: number }>();

  async get(key: string, fingerprint: string, count: () => Promise<number>): Promise<number> {
    const cached = this.counts.get(key);
    if (cached?.fingerprint === fingerprint) return cached.errors;
    const errors = await count();
    this.counts.delete(key);
    this.counts.set(key, { fingerprint, errors });
    if (this.counts.size > LIMIT) this.counts.delete(this.counts.keys().next().value as string);
    return errors;
  }
}
