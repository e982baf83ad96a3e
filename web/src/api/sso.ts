import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { ApiError } from './problem';
import type { paths } from './schema';
import type { GetResponse } from './types';

export type SamlSetup = GetResponse<'/api/v1/sso/saml'>;
export type SamlInput =
  paths['/api/v1/sso/saml']['put']['requestBody']['content']['application/json'];

/** What to register at the IdP; the same whether or not the IdP is set up here yet. */
export const serviceProviderQuery = queryOptions({
  queryKey: ['sso', 'saml', 'service-provider'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sso/saml/service-provider', { signal })),
});

/** The tenant's SAML set-up, or null when there is none. */
export const samlQuery = queryOptions({
  queryKey: ['sso', 'saml'],
  queryFn: async ({ signal }): Promise<SamlSetup | null> => {
    try {
      return await unwrap(api.GET('/api/v1/sso/saml', { signal }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SSO_NOT_CONFIGURED') return null;
      throw error;
    }
  },
});

export function useSaveSaml() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SamlInput) => unwrap(api.PUT('/api/v1/sso/saml', { body })),
    onSuccess: (saved) => client.setQueryData(samlQuery.queryKey, saved),
  });
}

export function useRemoveSaml() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/sso/saml')),
    onSuccess: () => client.setQueryData(samlQuery.queryKey, null),
  });
}
