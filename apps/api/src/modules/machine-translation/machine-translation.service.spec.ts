import type { SessionUser } from '../../common/http/current-user.decorator';
import type { AccessService } from '../access/access.service';
import type { ProjectsService } from '../projects/projects.service';
import type { MachineTranslationRepository, MtSegment } from './machine-translation.repository';
import { MachineTranslationService } from './machine-translation.service';
import type { MachineTranslator } from './machine-translator';
import { MtError } from './provider/translation-provider';

const user: SessionUser = { id: 'u', email: 'u@example.org', displayName: 'U', isAdmin: false, sessionId: 's' };
const segment: MtSegment = {
  segmentId: 's2',
  documentId: 'd',
  projectId: 'p',
  sourceLanguage: 'en',
  source: 'Strike {1}now{/1}!',
  previous: 'Unite!',
  next: null,
};

function setUp(pivotLanguage: 'ru' | null = null, enabled = true) {
  const repository = {
    segment: jest.fn().mockResolvedValue(segment),
    languageSettings: jest.fn().mockResolvedValue([{ language: 'de', formality: 'less', pivotLanguage }]),
    approvedText: jest.fn().mockResolvedValue(null),
  };
  const translator = {
    enabled,
    translate: jest.fn(async (r: { texts: string[] }) => ({
      texts: r.texts.map((t) => `[DE] ${t}`),
      cached: [false],
      formality: 'less',
      glossaryApplied: false,
    })),
  };
  const access = { assertCan: jest.fn().mockResolvedValue([{ role: 'translator', language: 'de' }]) } as unknown as AccessService;
  const service = new MachineTranslationService(
    access,
    {} as ProjectsService,
    repository as unknown as MachineTranslationRepository,
    translator as unknown as MachineTranslator,
  );
  return { service, repository, translator, access };
}

describe('MachineTranslationService.suggest', () => {
  it('translates the source with the edition formality and the neighbours as context, after the role check', async () => {
    const { service, translator, access } = setUp();
    const suggestion = await service.suggest(user, 's2', 'de');
    expect(access.assertCan).toHaveBeenCalledWith(user, 'p', 'translate', 'de');
    expect(translator.translate).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'en', target: 'de', texts: ['Strike {1}now{/1}!'], formality: 'less', context: 'Unite!' }),
    );
    expect(suggestion).toMatchObject({ text: '[DE] Strike {1}now{/1}!', translatedFrom: { kind: 'source' } });
  });

  it('uses the approved pivot text, or falls back to the source and says why', async () => {
    const { service, repository } = setUp('ru');
    expect((await service.suggest(user, 's2', 'de')).translatedFrom).toMatchObject({ kind: 'source', fallbackReason: expect.stringContaining('ru edition') });
    repository.approvedText.mockResolvedValue('Бастуйте!');
    expect((await service.suggest(user, 's2', 'de')).translatedFrom).toEqual({ kind: 'pivot', language: 'ru', text: 'Бастуйте!' });
  });

  it('says how to turn MT on when there is no key, and names engine failures', async () => {
    await expect(setUp(null, false).service.suggest(user, 's2', 'de')).rejects.toMatchObject({
      code: 'MT_DISABLED',
      message: expect.stringContaining('DEEPL_AUTH_KEY'),
    });
    const { service, translator } = setUp();
    translator.translate.mockRejectedValue(new MtError('quota', 'quota used up'));
    await expect(service.suggest(user, 's2', 'de')).rejects.toMatchObject({ code: 'MT_QUOTA_EXCEEDED' });
  });
});
