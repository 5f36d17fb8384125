import type { Invitation, Member } from '@interlinea/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { membersApi } from '../../../api/members-api';

/** Members and invitations of a project (managers only). */
export function useMembers(projectId: string): { members: UseQueryResult<Member[]>; invitations: UseQueryResult<Invitation[]> } {
  const members = useQuery({ queryKey: ['projects', projectId, 'members'], queryFn: () => membersApi.list(projectId) });
  const invitations = useQuery({ queryKey: ['projects', projectId, 'invitations'], queryFn: () => membersApi.invitations(projectId) });
  return { members, invitations };
}
