import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetResponse } from './types';

export type Connector = GetResponse<'/api/v1/connectors/{id}'>;
export type ConnectorState = Connector['status']['state'];

export const connectorsQuery = queryOptions({
  queryKey: ['connectors'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/connectors', { signal })),
  // A connector's status changes on its own schedule; keep the page current while it is open.
  refetchInterval: 30_000,
});

/** Runs a connector now; its new status and any new dead letters are read again afterwards. */
export function useRunConnector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/connectors/{id}/run', { params: { path: { id } } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['connectors'] });
      await client.invalidateQueries({ queryKey: ['dead-letters'] });
    },
  });
}
