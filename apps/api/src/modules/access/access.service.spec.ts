import type { MyRole } from '@interlinea/shared';
import { AccessService, allows } from './access.service';
import type { MembershipRepository } from './membership.repository';

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

  it('gives export to publishers and managers', () => {
    expect(allows([role('publisher')], 'export')).toBe(true);
    expect(allows([role('manager')], 'export')).toBe(true);
    expect(allows([role('publisher')], 'manage')).toBe(false);
  });
});

describe('AccessService', () => {
  function serviceWith(roles: MyRole[]): AccessService {
    const repo = { rolesOf: jest.fn().mockResolvedValue(roles) } as unknown as MembershipRepository;
    return new AccessService(repo);
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
