import { Injectable } from '@nestjs/common';
import type { DocumentDashboard, EditionDashboard, Language, ProjectDashboard } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { ProjectsService } from '../projects/projects.service';
import { QaService } from '../qa/qa.service';
import { DashboardRepository, type EditionCountRow } from './dashboard.repository';
import { QaCountCache } from './qa-count-cache';

const DAY = 24 * 60 * 60 * 1000;
type Status = 'untranslated' | 'draft' | 'translated' | 'approved' | 'rejected';

/** The project dashboard: where each document and edition stands, the work done per day, and who did it. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly outbox: LedgerOutbox,
    private readonly qa: QaService,
    private readonly dashboard: DashboardRepository,
    private readonly qaCounts: QaCountCache,
  ) {}

  async get(user: SessionUser, projectId: string, weeks: number, now = new Date()): Promise<ProjectDashboard> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    await this.outbox.settled(projectId);
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const from = new Date(to.getTime() - (weeks * 7 - 1) * DAY);
    const languages = project.languages.map((l) => l.language);
    const scope = { id: project.id, sourceLanguage: project.sourceLanguage, languages, propagateRepetitions: false };
    const [counts, daily, contributors, projectQa] = await Promise.all([
      this.dashboard.editionCounts(projectId),
      this.dashboard.daily(projectId, from),
      this.dashboard.contributions(projectId),
      this.dashboard.projectQaFingerprint(projectId),
    ]);
    const documents = new Map<string, DocumentDashboard>();
    for (const row of counts) {
      const qaErrors =
        row.segments === 0
          ? 0
          : await this.qaCounts.get(
              `${row.documentId}:${row.language}`,
              `${row.qaFingerprint}|${projectQa}`,
              async () => (await this.qa.openErrors(scope, row.documentId, row.language)).errors,
            );
      const document = documents.get(row.documentId) ?? { documentId: row.documentId, title: row.title, editions: [] };
      document.editions.push(toEdition(row, qaErrors));
      documents.set(row.documentId, document);
    }
    const all = [...documents.values()];
    return {
      projectId,
      weeks,
      from: from.toISOString().slice(0, 10),
      to: to.toISOString().slice(0, 10),
      editions: sortLanguages(languages).map((language) =>
        sum(
          language,
          all.flatMap((d) => d.editions.filter((e) => e.language === language)),
        ),
      ),
      documents: all,
      daily,
      contributors,
    };
  }
}

function toEdition(row: EditionCountRow, qaErrors: number): EditionDashboard {
  const count = (status: Status) => ({
    segments: row[`${status}Segments`],
    words: row[`${status}Words`],
  });
  return {
    language: row.language,
    segments: row.segments,
    words: row.words,
    untranslated: count('untranslated'),
    draft: count('draft'),
    translated: count('translated'),
    approved: count('approved'),
    rejected: count('rejected'),
    outdated: row.outdated,
    qaErrors,
    openComments: row.openComments,
  };
}

function sum(language: Language, editions: EditionDashboard[]): EditionDashboard {
  const total = (pick: (e: EditionDashboard) => number) => editions.reduce((n, e) => n + pick(e), 0);
  const status = (key: Status) => ({ segments: total((e) => e[key].segments), words: total((e) => e[key].words) });
  return {
    language,
    segments: total((e) => e.segments),
    words: total((e) => e.words),
    untranslated: status('untranslated'),
    draft: status('draft'),
    translated: status('translated'),
    approved: status('approved'),
    rejected: status('rejected'),
    outdated: total((e) => e.outdated),
    qaErrors: total((e) => e.qaErrors),
    openComments: total((e) => e.openComments),
  };
}

function sortLanguages(languages: Language[]): Language[] {
  const order: Language[] = ['ru', 'en', 'de'];
  return [...languages].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
