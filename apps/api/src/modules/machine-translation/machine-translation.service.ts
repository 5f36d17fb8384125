import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES,
  type Language,
  type MachineTranslationSource,
  type MachineTranslationStatus,
  type MachineTranslationSuggestion,
  type ProjectLanguageSettings,
  type UpdateProjectLanguageRequest,
} from '@interlinea/shared';
import { stripCodes } from '@interlinea/inline-codes';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { MachineTranslationRepository, type MtSegment } from './machine-translation.repository';
import { MachineTranslator } from './machine-translator';
import { MtError } from './provider/translation-provider';

export const MT_DISABLED_REASON =
  'DEEPL_AUTH_KEY is not set: machine translation is off. Set DEEPL_AUTH_KEY to a DeepL API key (free keys end in ":fx") and restart the server.';

/** MT failures as the API reports them: a code per thing a person can act on. */
export function mtException(error: unknown): unknown {
  if (!(error instanceof MtError)) return error;
  const code = {
    auth: ERROR_CODES.mtAuthFailed,
    quota: ERROR_CODES.mtQuotaExceeded,
    timeout: ERROR_CODES.mtTimeout,
    rate: ERROR_CODES.mtUnavailable,
    unavailable: ERROR_CODES.mtUnavailable,
    rejected: ERROR_CODES.mtUnavailable,
  }[error.failure];
  return new AppException(code, error.message);
}

@Injectable()
export class MachineTranslationService {
  constructor(
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly repository: MachineTranslationRepository,
    private readonly translator: MachineTranslator,
  ) {}

  /** Any member sees whether MT is on; managers also see the engine's character usage. */
  async status(user: SessionUser, projectId: string): Promise<MachineTranslationStatus> {
    await this.projects.findOrThrow(projectId);
    const roles = await this.access.assertCan(user, projectId, 'view');
    if (!this.translator.enabled) return { enabled: false, engine: 'DeepL', reason: MT_DISABLED_REASON };
    if (!roles.some((r) => r.role === 'manager')) return { enabled: true, engine: 'DeepL' };
    try {
      return { enabled: true, engine: 'DeepL', usage: await this.translator.usage() };
    } catch (error) {
      if (error instanceof MtError) return { enabled: true, engine: 'DeepL', usageError: error.message };
      throw error;
    }
  }

  /**
   * A suggestion for one segment: from the source, or from the approved pivot edition when the
   * target is set to be translated from one; neighbouring sources go along as context.
   */
  async suggest(user: SessionUser, segmentId: string, target: Language): Promise<MachineTranslationSuggestion> {
    const segment = await this.repository.segment(segmentId);
    if (!segment) throw AppException.notFound('Segment');
    await this.access.assertCan(user, segment.projectId, 'translate', target);
    const [settings] = await this.repository.languageSettings(segment.projectId, target);
    if (!settings) throw AppException.invalid('lang', `the project has no ${target} edition`);
    if (!this.translator.enabled) throw new AppException(ERROR_CODES.mtDisabled, MT_DISABLED_REASON);
    const from = await this.translationSource(segment, settings);
    const context = [segment.previous, segment.next]
      .filter((t): t is string => !!t)
      .map(stripCodes)
      .join('\n');
    try {
      const result = await this.translator.translate({
        projectId: segment.projectId,
        source: from.language,
        target,
        texts: [from.text],
        formality: settings.formality,
        context,
        interactive: true,
      });
      return {
        engine: 'DeepL',
        text: result.texts[0],
        cached: result.cached[0],
        translatedFrom: from,
        formality: result.formality,
        glossaryApplied: result.glossaryApplied,
      };
    } catch (error) {
      throw mtException(error);
    }
  }

  async languageSettings(user: SessionUser, projectId: string): Promise<ProjectLanguageSettings[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return this.repository.languageSettings(projectId);
  }

  /** Formality and pivot edition of one target language (managers). A pivot must be another edition. */
  async updateLanguage(user: SessionUser, projectId: string, language: Language, request: UpdateProjectLanguageRequest): Promise<ProjectLanguageSettings> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    const editions = project.languages.map((l) => l.language);
    if (!editions.includes(language)) throw AppException.invalid('lang', `the project has no ${language} edition`);
    let pivotLanguage = request.pivotLanguage;
    if (pivotLanguage === project.sourceLanguage) pivotLanguage = null;
    if (pivotLanguage === language) throw AppException.invalid('pivotLanguage', 'an edition cannot be translated from itself');
    if (pivotLanguage && !editions.includes(pivotLanguage)) throw AppException.invalid('pivotLanguage', `the project has no ${pivotLanguage} edition`);
    if (pivotLanguage) {
      const [pivot] = await this.repository.languageSettings(projectId, pivotLanguage);
      if (pivot?.pivotLanguage === language)
        throw AppException.invalid('pivotLanguage', `${pivotLanguage} is translated from ${language}: choose the source or a third edition`);
    }
    await this.repository.updateLanguageSettings(projectId, language, { formality: request.formality, pivotLanguage });
    const [settings] = await this.repository.languageSettings(projectId, language);
    return settings;
  }

  private async translationSource(segment: MtSegment, settings: ProjectLanguageSettings): Promise<MachineTranslationSource> {
    const fromSource: MachineTranslationSource = { kind: 'source', language: segment.sourceLanguage, text: segment.source };
    if (!settings.pivotLanguage || settings.pivotLanguage === segment.sourceLanguage) return fromSource;
    const pivotText = await this.repository.approvedText(segment.segmentId, settings.pivotLanguage);
    if (pivotText) return { kind: 'pivot', language: settings.pivotLanguage, text: pivotText };
    return { ...fromSource, fallbackReason: `The ${settings.pivotLanguage} edition of this segment is not approved yet, so the source was used.` };
  }
}
