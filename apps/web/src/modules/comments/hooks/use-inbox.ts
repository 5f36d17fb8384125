import type { Inbox } from '@interlinea/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commentsApi } from '../../../api/comments-api';

const INBOX_KEY = ['inbox'] as const;
const REFRESH_MS = 60_000;

/** The signed-in person's inbox (refreshed every minute and on focus), and marking items read. */
export function useInbox() {
  const queryClient = useQueryClient();
  const inbox = useQuery({ queryKey: INBOX_KEY, queryFn: ({ signal }) => commentsApi.inbox(signal), refetchInterval: REFRESH_MS });
  const markRead = useMutation({
    mutationFn: (itemId: string) => commentsApi.markRead(itemId),
    onSuccess: (_, itemId) =>
      queryClient.setQueryData<Inbox>(INBOX_KEY, (current) =>
        current
          ? {
              unread: Math.max(0, current.unread - (current.items.some((i) => i.id === itemId && !i.readAt) ? 1 : 0)),
              items: current.items.map((i) => (i.id === itemId && !i.readAt ? { ...i, readAt: new Date().toISOString() } : i)),
            }
          : current,
      ),
  });
  return { inbox, markRead };
}
