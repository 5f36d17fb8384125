import type { MyRole } from '@interlinea/shared';
import { AccessService, allows } from './access.service';
import type { MembershipRepository } from './membership.repository';
import type { ScopeRepository, ScopeRow } from './scope.repository';

const project = '00000000-0000-4000-8000-000000000001';
const role = (r: MyRole['role'], language: MyRole['language'] = null): MyRole => ({ projectId: project, role: r, language });
const user = { id: 'u', email: 'u@example.org', displayName: 'U', isAdmin: false, sessionId: 's' };

describe('allows', () => {
  it('lets a reviewer translate and review only their language', () => {
    const roles = [role('reviewer', 'de')];
    expect(allows(roles, 'translate', 'de')).toBe(true);
    expect(allows(roles, 'review', 'de')).toBe(true);
    expect(allows(roles, 'translate', 'ru')).toBe(false);
    expect(allows(roles, 'export')).toBe(false);
  });

  it('lets a translator translate but not review', () => {
    expect(allows([role('translator', 'ru')], 'translate', 'ru')).toBe(true);
    expect(allows([role('translator', 'ru')], 'review', 'ru')).toBe(false);
  });

  it('lets a manager translate and review every edition without a language role', () => {
    const roles = [role('manager')];
    expect(allows(roles, 'translate', 'de')).toBe(true);
    expect(allows(roles, 'translate', 'ru')).toBe(true);
    expect(allows(roles, 'review', 'ru')).toBe(true);
    expect(allows([role('publisher')], 'translate', 'ru')).toBe(false);
    expect(allows([role('publisher')], 'review', 'ru')).toBe(false);
  });

  it('gives export to publishers and managers', () => {
    expect(allows([role('publisher')], 'export')).toBe(true);
    expect(allows([role('manager')], 'export')).toBe(true);
    expect(allows([role('publisher')], 'manage')).toBe(false);
  });
});

describe('AccessService', () => {
  function serviceWith(roles: MyRole[]): AccessService {
    const repo = { rolesOf: jest.fn().mockResolvedValue(roles) } as unknown as MembershipRepository;
    return new AccessService(repo, {} as ScopeRepository);
  }

  it('refuses someone without any role in the project', async () => {
    await expect(serviceWith([]).assertCan(user, project, 'view')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the missing action and language', async () => {
    await expect(serviceWith([role('translator', 'ru')]).assertCan(user, project, 'review', 'ru')).rejects.toThrow(/"review" for ru/);
  });

  it('lets managers of any project create projects, and nobody else but admins', async () => {
    await expect(serviceWith([role('manager')]).assertCanCreateProject(user)).resolves.toBeUndefined();
    await expect(serviceWith([role('publisher')]).assertCanCreateProject(user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(serviceWith([]).assertCanCreateProject({ ...user, isAdmin: true })).resolves.toBeUndefined();
  });
});

describe('AccessService.segment: the segment, document, project and edition looked up once', () => {
  const scope = (roles: MyRole[]): ScopeRow => ({
    project: { id: project, sourceLanguage: 'en', languages: ['ru', 'de'], propagateRepetitions: true },
    document: { id: 'd', projectId: project, title: 'Leaflet', format: 'txt', fileName: 'leaflet.txt', segmentCount: 3 },
    segment: { id: 's', documentId: 'd', index: 0, blockIndex: 0, source: 'Down with capitalism!', sourceHash: 'h', translatable: true },
    roles,
  });
  const serviceFinding = (row: ScopeRow | null) =>
    new AccessService(
      {} as MembershipRepository,
      { ofSegment: jest.fn().mockResolvedValue(row), ofDocument: jest.fn().mockResolvedValue(row) } as unknown as ScopeRepository,
    );

  it('hands on what it looked up to a translator of the edition', async () => {
    const access = await serviceFinding(scope([role('translator', 'ru')])).segment(user, 's', 'translate', 'ru');
    expect(access).toMatchObject({
      edition: 'ru',
      segment: { source: 'Down with capitalism!' },
      document: { title: 'Leaflet' },
      project: { sourceLanguage: 'en' },
    });
  });

  it('answers 404 for an unknown segment, 403 without the role, 422 on lang for an edition the project lacks', async () => {
    await expect(serviceFinding(null).segment(user, 's', 'view', 'ru')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(serviceFinding(scope([role('translator', 'de')])).segment(user, 's', 'translate', 'ru')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(serviceFinding(scope([role('manager')])).document(user, 'd', 'manage', 'en')).rejects.toMatchObject({
      details: [expect.objectContaining({ field: 'lang' })],
    });
  });
});
