import { Injectable } from '@nestjs/common';
import { ANALYSIS_BANDS, type Analysis, type AnalysisBand, type Language } from '@interlinea/shared';
import { bandOf, contextHash, normaliseText, targetContextHash } from '@interlinea/tm';
import type { SessionUser } from '../../../common/http/current-user.decorator';
import { AccessService } from '../../access/access.service';
import { LedgerOutbox } from '../../ledger/ledger-outbox';
import { MemoryLookup } from './memory-lookup';
import { SegmentMemoryRepository, type AnalysedSegment } from '../segment-memory.repository';

/** Lookups run side by side, a few at a time. */
const PARALLEL_LOOKUPS = 4;

/** What the memory already covers of a document: segments and words per match band. */
@Injectable()
export class AnalysisService {
  constructor(
    private readonly access: AccessService,
    private readonly segments: SegmentMemoryRepository,
    private readonly lookup: MemoryLookup,
    private readonly outbox: LedgerOutbox,
  ) {}

  async analyse(user: SessionUser, documentId: string, language: Language): Promise<Analysis> {
    const { project } = await this.access.document(user, documentId, 'manage', language);
    await this.outbox.settled(project.id);
    const document = { projectId: project.id, sourceLanguage: project.sourceLanguage };

    const segments = await this.segments.documentSegments(documentId, language);
    const bands = new Array<AnalysisBand>(segments.length);
    const seen = new Set<string>();
    const toLookUp: number[] = [];
    segments.forEach((s, i) => {
      const key = normaliseText(s.source);
      if (seen.has(key)) bands[i] = 'repetition';
      else {
        seen.add(key);
        toLookUp.push(i);
      }
    });
    for (let at = 0; at < toLookUp.length; at += PARALLEL_LOOKUPS) {
      await Promise.all(
        toLookUp.slice(at, at + PARALLEL_LOOKUPS).map(async (i) => {
          bands[i] = await this.bandOf(segments[i], document.projectId, document.sourceLanguage, language);
        }),
      );
    }
    const rows = ANALYSIS_BANDS.map((band) => ({ band, segments: 0, words: 0 }));
    segments.forEach((s, i) => {
      const row = rows.find((r) => r.band === bands[i])!;
      row.segments += 1;
      row.words += s.wordCount;
    });
    return {
      documentId,
      language,
      rows,
      total: { segments: segments.length, words: segments.reduce((n, s) => n + s.wordCount, 0) },
    };
  }

  private async bandOf(segment: AnalysedSegment, projectId: string, sourceLanguage: Language, language: Language): Promise<AnalysisBand> {
    const [best] = await this.lookup.lookup({
      text: segment.source,
      sourceLanguage,
      targetLanguage: language,
      projectId,
      excludeSegmentId: segment.id,
      contextHash: contextHash(segment.previous, segment.next),
      targetContextHash: targetContextHash(segment.previousTarget),
      limit: 1,
    });
    return (best && bandOf(best.score)) || 'none';
  }
}

/** The analysis as CSV, one band a line, for spreadsheets and quotes. */
export function analysisCsv(analysis: Analysis): string {
  const lines = [
    'band,segments,words',
    ...analysis.rows.map((r) => `${r.band},${r.segments},${r.words}`),
    `total,${analysis.total.segments},${analysis.total.words}`,
  ];
  return lines.join('\r\n') + '\r\n';
}
