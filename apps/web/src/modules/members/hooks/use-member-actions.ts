import type { CreateInvitationRequest, GrantRoleRequest, Invitation, Member } from '@interlinea/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { membersApi } from '../../../api/members-api';
import { meQueryKey } from '../../session';

interface MemberActions {
  invite: UseMutationResult<Invitation, Error, CreateInvitationRequest>;
  grant: UseMutationResult<Member, Error, GrantRoleRequest>;
  revoke: UseMutationResult<void, Error, string>;
}

/** Invite by email, give an existing member another role, take a role away. */
export function useMemberActions(projectId: string): MemberActions {
  const queryClient = useQueryClient();
  // A manager may give themselves a role: the project's and the user's roles are fetched again.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  };
  return {
    invite: useMutation({ mutationFn: (body: CreateInvitationRequest) => membersApi.invite(projectId, body), onSuccess: refresh }),
    grant: useMutation({ mutationFn: (body: GrantRoleRequest) => membersApi.grant(projectId, body), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (membershipId: string) => membersApi.revoke(projectId, membershipId), onSuccess: refresh }),
  };
}
