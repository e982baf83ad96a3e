import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetResponse } from './types';

/** A Shared Signals stream with how its SETs are delivering (docs/ssf.md). */
export type SsfStreamHealth = GetResponse<'/api/v1/ssf/deliveries'>['items'][number];

export const ssfDeliveriesQuery = queryOptions({
  queryKey: ['ssf-deliveries'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ssf/deliveries', { signal })),
  // Deliveries happen in the background; keep the page current while it is open.
  refetchInterval: 30_000,
});

/** Tries a stream's dead SETs again; the counts are read again afterwards. */
export function useReplayStream() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (streamId: string) =>
      unwrap(api.POST('/api/v1/ssf/replay', { body: { stream_id: streamId } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['ssf-deliveries'] }),
  });
}
