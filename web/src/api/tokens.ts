import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { paths } from './schema';
import type { GetResponse } from './types';

export type ApiToken = GetResponse<'/api/v1/tokens'>['items'][number];
export type TokenRole = ApiToken['role'];
export type NewToken =
  paths['/api/v1/tokens']['post']['requestBody']['content']['application/json'];

export const tokenRoles: readonly TokenRole[] = [
  'analyst',
  'auditor',
  'admin',
  'ingest',
  'scim',
  'ssf',
  'manager',
  'employee',
  'owner',
];

export const tokensQuery = queryOptions({
  queryKey: ['tokens'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tokens', { signal })),
});

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewToken) => unwrap(api.POST('/api/v1/tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
