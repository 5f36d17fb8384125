import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Formality, Language } from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobPause, type JobContext, type JobProgress, type JobRunner } from '../jobs/job-runner';
import type { JobRecord } from '../jobs/jobs.repository';
import { JobsService } from '../jobs/jobs.service';
import { MachineTranslationRepository } from '../machine-translation/machine-translation.repository';
import { MachineTranslator } from '../machine-translation/machine-translator';
import { MtError } from '../machine-translation/provider/translation-provider';
import { MemoryService } from '../memory/memory.service';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { PretranslationRepository, type PendingSegment } from './pretranslation.repository';

export const PRETRANSLATION = 'pretranslation';

export interface PretranslationPayload {
  documentId: string;
  language: Language;
  tmThreshold: number;
  useMt: boolean;
}

interface Proposal {
  segment: PendingSegment;
  text: string;
  origin: 'tm' | 'mt';
  score: number | null;
  /** MT through a pivot edition: the provenance the translation records (absent: the source). */
  fromLanguage?: Language;
}

/**
 * Fills empty segments batch by batch: memory matches at or above the threshold first, then DeepL
 * (≤ 50 texts per request) for the rest. Each batch is written in one transaction together with its
 * progress, so a restarted worker continues where the last one stopped, and MT results are cached
 * before they are written, so a batch redone after a crash is not paid for again.
 */
@Injectable()
export class PretranslationRunner implements JobRunner, OnModuleInit {
  readonly kind = PRETRANSLATION;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly repository: PretranslationRepository,
    private readonly settings: MachineTranslationRepository,
    private readonly translator: MachineTranslator,
    private readonly memory: MemoryService,
    private readonly ledger: TranslationLedger,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  progress(jobId: string): Promise<JobProgress> {
    return this.repository.progress(jobId);
  }

  async run(job: JobRecord, context: JobContext): Promise<void> {
    const payload = job.payload as unknown as PretranslationPayload;
    const [settings] = await this.settings.languageSettings(job.projectId, payload.language);
    const useMt = payload.useMt && this.translator.enabled;
    if (payload.useMt && !this.translator.enabled) await context.say('Machine translation is off (DEEPL_AUTH_KEY is not set): memory matches only');
    for (;;) {
      if (await context.cancelled()) return;
      const batch = await this.repository.pending(job.id, payload.language, settings?.pivotLanguage ?? null, this.config.machineTranslation.batchSize);
      if (batch.length === 0) return;
      const alreadyTranslated = batch.filter((s) => (s.currentText ?? '').trim() !== '');
      const empty = batch.filter((s) => !alreadyTranslated.includes(s));
      const fromMemory = await this.memoryProposals(empty, payload);
      const rest = empty.filter((s) => !fromMemory.some((p) => p.segment === s));
      const fromMt = useMt
        ? await this.mtProposals(rest, job.projectId, payload.language, settings?.formality ?? 'default', settings?.pivotLanguage ?? null)
        : [];
      const unmatched = rest.filter((s) => !fromMt.some((p) => p.segment === s));
      const proposals = [...fromMemory, ...fromMt];
      await this.dataSource.transaction(async (manager) => {
        const skipped = alreadyTranslated.map((s) => s.segmentId);
        const outcomes = await this.ledger.applyAll(
          proposals.map((p) => pretranslated(p, payload.language, job.createdBy)),
          manager,
        );
        for (const [i, proposal] of proposals.entries()) {
          if (outcomes[i].outcome !== 'written') skipped.push(proposal.segment.segmentId);
          else await this.repository.markItems(job.id, [proposal.segment.segmentId], proposal.origin === 'tm' ? 'memory' : 'mt', null, manager);
        }
        await this.repository.markItems(job.id, skipped, 'skipped', 'translated by someone meanwhile', manager);
        await this.repository.markItems(
          job.id,
          unmatched.map((s) => s.segmentId),
          'skipped',
          useMt ? 'nothing to translate' : 'no memory match',
          manager,
        );
      });
      this.ledger.afterCommit();
      await context.progressed();
    }
  }

  private async memoryProposals(segments: PendingSegment[], payload: PretranslationPayload): Promise<Proposal[]> {
    const proposals: Proposal[] = [];
    for (const segment of segments) {
      const [best] = await this.memory.matches(segment.segmentId, payload.language);
      if (best && best.score >= payload.tmThreshold && best.target.trim() !== '')
        proposals.push({ segment, text: best.target, origin: 'tm', score: best.score });
    }
    return proposals;
  }

  /** One DeepL request per source language in the batch (the source, or the approved pivot edition). */
  private async mtProposals(
    segments: PendingSegment[],
    projectId: string,
    target: Language,
    formality: Formality,
    pivot: Language | null,
  ): Promise<Proposal[]> {
    const project = await this.settings.projectSourceLanguage(projectId);
    const groups = new Map<Language, { segment: PendingSegment; text: string }[]>();
    for (const segment of segments.filter((s) => s.source.trim() !== '')) {
      const [language, text] = pivot && segment.pivotText ? [pivot, segment.pivotText] : [project, segment.source];
      groups.set(language, [...(groups.get(language) ?? []), { segment, text }]);
    }
    const proposals: Proposal[] = [];
    for (const [source, group] of groups) {
      try {
        const result = await this.translator.translate({ projectId, source, target, texts: group.map((g) => g.text), formality });
        const fromLanguage = source === project ? undefined : source;
        group.forEach((g, i) => proposals.push({ segment: g.segment, text: result.texts[i], origin: 'mt', score: null, fromLanguage }));
      } catch (error) {
        if (error instanceof MtError && !error.transient) throw new JobPause(`${error.message} The job is paused: resume it when this is fixed.`);
        throw error;
      }
    }
    return proposals;
  }
}

/** A proposal written only over the empty translation seen when the batch was read (else someone translated it meanwhile). */
function pretranslated(proposal: Proposal, language: Language, authorId: string | null): LedgerEntry {
  const { segment, text, origin, score, fromLanguage } = proposal;
  return {
    segmentId: segment.segmentId,
    language,
    expected: segment.version ?? 0,
    authorId,
    change: { kind: 'pretranslated', text, origin, score, engine: origin === 'mt' ? 'deepl' : null, fromLanguage },
  };
}
