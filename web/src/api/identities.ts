import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetQuery, GetResponse } from './types';

export type IdentityPage = GetResponse<'/api/v1/identities'>;
export type Identity = IdentityPage['items'][number];
export type IdentityDetail = GetResponse<'/api/v1/identities/{id}'>;
export type IdentityQuery = GetQuery<'/api/v1/identities'>;
export type EventPage = GetResponse<'/api/v1/identities/{id}/events'>;
export type IdentityEvent = EventPage['items'][number];

export const identitiesQuery = (query: IdentityQuery) =>
  queryOptions({
    queryKey: ['identities', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/identities', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const identityQuery = (id: string) =>
  queryOptions({
    queryKey: ['identities', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/identities/{id}', { params: { path: { id } }, signal })),
  });

export const identityEventsQuery = (
  id: string,
  query: GetQuery<'/api/v1/identities/{id}/events'> = {},
) =>
  queryOptions({
    queryKey: ['identities', id, 'events', query],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/identities/{id}/events', { params: { path: { id }, query }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
