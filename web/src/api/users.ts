import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { paths } from './schema';
import type { GetResponse } from './types';

export type MemberPage = GetResponse<'/api/v1/users'>;
export type Member = MemberPage['items'][number];
export type PersonRole = Member['role'];
export type NewMember =
  paths['/api/v1/users']['post']['requestBody']['content']['application/json'];
export type MemberChange =
  paths['/api/v1/users/{id}']['patch']['requestBody']['content']['application/json'];

export const personRoles: readonly PersonRole[] = [
  'owner',
  'admin',
  'analyst',
  'auditor',
  'manager',
  'employee',
];

export const membersQuery = (cursor?: string) =>
  queryOptions({
    queryKey: ['users', cursor ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/users', {
          params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

function useAfterChange() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['users'] });
}

export function useAddMember() {
  const refresh = useAfterChange();
  return useMutation({
    mutationFn: (body: NewMember) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: refresh,
  });
}

export function useChangeMember() {
  const refresh = useAfterChange();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: MemberChange }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}

export function useRemoveMember() {
  const refresh = useAfterChange();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/users/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
