import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { authApi } from '../../../api/auth-api';
import { forgetOfflineAnswers } from '../../offline';

/** Ends the session, forgets every cached answer and returns to the login page. */
export function useLogout(): UseMutationResult<void, Error, void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      queryClient.clear();
      void forgetOfflineAnswers();
      void navigate('/login', { replace: true });
    },
  });
}
