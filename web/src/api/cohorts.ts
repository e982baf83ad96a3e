import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { paths } from './schema';
import type { GetResponse } from './types';

export type Cohort = GetResponse<'/api/v1/cohorts/{id}'>;
export type CohortMember = GetResponse<'/api/v1/cohorts/{id}/members'>['items'][number];
export type CohortChange = GetResponse<'/api/v1/cohorts/{id}/history'>['items'][number];
export type NewCohort =
  paths['/api/v1/cohorts']['post']['requestBody']['content']['application/json'];

export const cohortsQuery = queryOptions({
  queryKey: ['cohorts'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cohorts', { signal })),
});

export const cohortQuery = (id: string) =>
  queryOptions({
    queryKey: ['cohorts', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cohorts/{id}', { params: { path: { id } }, signal })),
  });

export const cohortMembersQuery = (id: string, cursor?: string) =>
  queryOptions({
    queryKey: ['cohorts', id, 'members', cursor ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/cohorts/{id}/members', {
          params: { path: { id }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const cohortHistoryQuery = (id: string, cursor?: string) =>
  queryOptions({
    queryKey: ['cohorts', id, 'history', cursor ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/cohorts/{id}/history', {
          params: { path: { id }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Creates a cohort; the server evaluates its members before it answers. */
export function useCreateCohort() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCohort) => unwrap(api.POST('/api/v1/cohorts', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cohorts'] }),
  });
}

export function useRemoveCohort() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/cohorts/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cohorts'] }),
  });
}
