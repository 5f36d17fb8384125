import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES,
  QA_CHECKS,
  type QaCheckCode,
  type ExportOverride,
  type Language,
  type QaEditionContext,
  type QaIgnore,
  type QaIgnoreRequest,
  type QaReportFinding,
  type QaSettings,
  type UpdateQaSettings,
} from '@interlinea/shared';
import { checkConsistency, checkSegment, messageFor, messageLanguage, type QaFinding } from '@interlinea/qa';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, allows } from '../access/access.service';
import type { ProjectScope } from '../access/scope.repository';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { QaRepository } from './qa.repository';

interface SegmentFinding {
  segmentId: string;
  segmentIndex: number;
  finding: QaFinding;
}

/** The edition's open QA errors, as an export sees them. */
export interface OpenQaErrors {
  errors: number;
  segments: number;
}

/** QA over an edition with `@interlinea/qa`: the report, ignores, the project's switched-off checks, the export gate. */
@Injectable()
export class QaService {
  constructor(
    private readonly access: AccessService,
    private readonly outbox: LedgerOutbox,
    private readonly qa: QaRepository,
  ) {}

  /** Every finding of the edition's current translations, in segment order, with messages in the reader's language. */
  async report(user: SessionUser, documentId: string, language: Language, acceptLanguage?: string): Promise<QaReportFinding[]> {
    const { project } = await this.access.document(user, documentId, 'view', language);
    await this.outbox.settled(project.id);
    const [found, ignores] = await Promise.all([this.findings(project, documentId, language, true), this.qa.ignores(documentId, language)]);
    const ignored = new Map(ignores.map((i) => [`${i.segmentId}:${i.code}`, i]));
    const reader = messageLanguage(acceptLanguage);
    return found.map(({ segmentId, segmentIndex, finding }) => {
      const ignore = ignored.get(`${segmentId}:${finding.code}`);
      return {
        segmentId,
        segmentIndex,
        code: finding.code,
        severity: finding.severity,
        message: messageFor(finding, reader),
        ignored: ignore !== undefined,
        ignoredBy: ignore?.ignoredBy ?? null,
        ignoredAt: ignore ? new Date(ignore.ignoredAt).toISOString() : null,
        start: finding.start,
        end: finding.end,
        ...(finding.sourceStart !== undefined ? { sourceStart: finding.sourceStart, sourceEnd: finding.sourceEnd } : {}),
        params: finding.params,
      };
    });
  }

  /** What the editor needs to run the checks while typing: switched-off checks, the glossary of the pair, the ignores. */
  async context(user: SessionUser, documentId: string, language: Language): Promise<QaEditionContext> {
    const { project } = await this.access.document(user, documentId, 'view', language);
    const [disabled, terms, ignores] = await Promise.all([
      this.qa.disabledChecks(project.id),
      this.qa.glossary(project.id, project.sourceLanguage, language),
      this.qa.ignores(documentId, language),
    ]);
    return { disabled, terms, ignored: ignores.map(({ segmentId, code }) => ({ segmentId, code })) };
  }

  async ignore(user: SessionUser, segmentId: string, request: QaIgnoreRequest): Promise<QaIgnore> {
    await this.assertMayIgnore(user, segmentId, request.language);
    const ignore = await this.qa.ignore(segmentId, request.language, request.code, user.id);
    return { ...ignore, ignoredAt: new Date(ignore.ignoredAt).toISOString() };
  }

  async unignore(user: SessionUser, segmentId: string, request: QaIgnoreRequest): Promise<void> {
    await this.assertMayIgnore(user, segmentId, request.language);
    await this.qa.unignore(segmentId, request.language, request.code);
  }

  async settings(user: SessionUser, projectId: string): Promise<QaSettings> {
    await this.access.assertCan(user, projectId, 'view');
    return settingsOf(await this.qa.disabledChecks(projectId));
  }

  async updateSettings(user: SessionUser, projectId: string, change: UpdateQaSettings): Promise<QaSettings> {
    await this.access.assertCan(user, projectId, 'manage');
    let disabled: QaCheckCode[];
    if ('disabled' in change) disabled = change.disabled;
    else {
      const off = new Set(await this.qa.disabledChecks(projectId));
      for (const [code, on] of Object.entries(change.checks) as [QaCheckCode, boolean][]) {
        if (on) off.delete(code);
        else off.add(code);
      }
      disabled = [...off];
    }
    const settings = settingsOf(disabled);
    await this.qa.setDisabledChecks(projectId, settings.disabled, user.id);
    return settings;
  }

  async exportOverrides(user: SessionUser, documentId: string): Promise<ExportOverride[]> {
    await this.access.document(user, documentId, 'view');
    return (await this.qa.exportOverrides(documentId)).map((o) => ({ ...o, createdAt: new Date(o.createdAt).toISOString() }));
  }

  /**
   * Before an export (whose caller checked access and settled the outbox): with open QA errors, refuses
   * with 409 QA_ERRORS unless `override`, and records an override with who and how many errors.
   */
  async assertPublishable(user: SessionUser, project: ProjectScope, documentId: string, language: Language, override: boolean): Promise<void> {
    const open = await this.openErrors(project, documentId, language);
    if (open.errors === 0) return;
    if (!override) {
      throw new AppException(
        ERROR_CODES.qaErrors,
        `The ${language} edition has ${open.errors} open QA errors in ${open.segments} segments; fix or ignore them, or export with overrideQa=true`,
        open,
      );
    }
    await this.qa.recordExportOverride(documentId, language, user.id, open.errors);
  }

  /** Open QA errors of an edition (severity error, not ignored): the export gate's count, also shown on the dashboard. */
  async openErrors(project: ProjectScope, documentId: string, language: Language): Promise<OpenQaErrors> {
    const [found, ignores] = await Promise.all([this.findings(project, documentId, language, false), this.qa.ignores(documentId, language)]);
    const ignored = new Set(ignores.map((i) => `${i.segmentId}:${i.code}`));
    const open = found.filter((f) => f.finding.severity === 'error' && !ignored.has(`${f.segmentId}:${f.finding.code}`));
    return { errors: open.length, segments: new Set(open.map((f) => f.segmentId)).size };
  }

  /** The findings of each translated segment; INCONSISTENT (warnings only) compares with the whole project's edition. */
  private async findings(project: ProjectScope, documentId: string, language: Language, consistency: boolean): Promise<SegmentFinding[]> {
    const [segments, disabled, terms] = await Promise.all([
      this.qa.editionSegments(documentId, language),
      this.qa.disabledChecks(project.id),
      this.qa.glossary(project.id, project.sourceLanguage, language),
    ]);
    const inconsistent =
      consistency && !disabled.includes('INCONSISTENT')
        ? checkConsistency((await this.qa.projectTranslations(project.id, language)).map((r) => ({ segmentId: r.segmentId, source: r.source, target: r.text })))
        : new Map<string, QaFinding[]>();
    return segments.flatMap((segment) => {
      if (segment.text === null) return [];
      const checked = checkSegment(
        { source: segment.source, target: segment.text, sourceLanguage: project.sourceLanguage, targetLanguage: language },
        { disabled, terms },
      );
      return [...checked, ...(inconsistent.get(segment.segmentId) ?? [])].map((finding) => ({
        segmentId: segment.segmentId,
        segmentIndex: segment.index,
        finding,
      }));
    });
  }

  /** Translators and reviewers of the edition may ignore a finding there; so may the project's managers. */
  private async assertMayIgnore(user: SessionUser, segmentId: string, language: Language): Promise<void> {
    const { roles } = await this.access.segment(user, segmentId, 'view', language);
    if (!allows(roles, 'translate', language) && !allows(roles, 'manage')) {
      throw AppException.forbidden(`Only translators and reviewers of the ${language} edition (or managers) may ignore its QA findings`);
    }
  }
}

/** The settings as the API answers them: the checks off in their canonical order, and a switch per check. */
function settingsOf(disabled: readonly QaCheckCode[]): QaSettings {
  const off = new Set(disabled);
  return { disabled: QA_CHECKS.filter((c) => off.has(c)), checks: Object.fromEntries(QA_CHECKS.map((c) => [c, !off.has(c)])) as QaSettings['checks'] };
}
