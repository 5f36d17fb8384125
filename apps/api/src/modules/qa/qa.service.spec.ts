import type { AccessService } from '../access/access.service';
import type { ProjectScope } from '../access/scope.repository';
import type { LedgerOutbox } from '../ledger/ledger-outbox';
import type { QaRepository, QaSegmentRow } from './qa.repository';
import { QaService } from './qa.service';

const user = { id: 'u', email: 'u@example.org', displayName: 'Paul', isAdmin: false, sessionId: 's' };
const project: ProjectScope = { id: 'p', sourceLanguage: 'en', languages: ['de'], propagateRepetitions: true };
const segments: QaSegmentRow[] = [
  { segmentId: 's1', index: 0, source: 'It weighs 2.5 kg.', text: 'Es wiegt 3,5\u00A0kg.' },
  { segmentId: 's2', index: 1, source: 'Press {1}Save{/1}.', text: 'Drücken Sie Speichern.' },
  { segmentId: 's3', index: 2, source: 'Not yet.', text: null },
  { segmentId: 's4', index: 3, source: 'Done.', text: 'Erledigt.' },
];

function serviceWith(repo: Partial<Record<keyof QaRepository, unknown>>) {
  const qa = {
    editionSegments: jest.fn().mockResolvedValue(segments),
    disabledChecks: jest.fn().mockResolvedValue([]),
    glossary: jest.fn().mockResolvedValue([]),
    ignores: jest.fn().mockResolvedValue([]),
    recordExportOverride: jest.fn().mockResolvedValue(undefined),
    ...repo,
  };
  return { service: new QaService({} as AccessService, {} as LedgerOutbox, qa as unknown as QaRepository), qa };
}

describe('QaService.assertPublishable', () => {
  it('refuses an edition with open errors, counting errors and segments', async () => {
    const { service, qa } = serviceWith({});
    await expect(service.assertPublishable(user, project, 'd', 'de', false)).rejects.toMatchObject({
      code: 'QA_ERRORS',
      details: { errors: 3, segments: 2 },
    });
    expect(qa.recordExportOverride).not.toHaveBeenCalled();
  });

  it('records who overrode how many errors', async () => {
    const { service, qa } = serviceWith({});
    await service.assertPublishable(user, project, 'd', 'de', true);
    expect(qa.recordExportOverride).toHaveBeenCalledWith('d', 'de', 'u', 3);
  });

  it('leaves out ignored findings and checks switched off', async () => {
    const { service, qa } = serviceWith({
      ignores: jest.fn().mockResolvedValue([{ segmentId: 's1', language: 'de', code: 'NUMBER_MISMATCH', ignoredBy: 'Theo', ignoredAt: '' }]),
      disabledChecks: jest.fn().mockResolvedValue(['CODE_MISSING']),
    });
    await expect(service.assertPublishable(user, project, 'd', 'de', false)).resolves.toBeUndefined();
    expect(qa.recordExportOverride).not.toHaveBeenCalled();
  });
});
