import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetResponse } from './types';

export type Behaviour = GetResponse<'/api/v1/catalog'>['items'][number];

/** The behaviour catalogue changes rarely: read once a session. */
export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/catalog', { signal })),
  staleTime: Infinity,
});
