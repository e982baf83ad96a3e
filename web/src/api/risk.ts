import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetQuery, GetResponse } from './types';

export type RiskPage = GetResponse<'/api/v1/risk/identities'>;
export type RiskListItem = RiskPage['items'][number];
export type RiskQuery = GetQuery<'/api/v1/risk/identities'>;
export type IdentityRisk = GetResponse<'/api/v1/identities/{id}/risk'>;
export type Score = IdentityRisk['score'];
export type Level = Score['level'];
export type Explanation = IdentityRisk['explanation'];
export type FactorName = Explanation['factors'][number]['factor'];
export type RiskHistory = GetResponse<'/api/v1/identities/{id}/risk/history'>;
export type Distribution = GetResponse<'/api/v1/risk/distribution'>;
export type Trend = GetResponse<'/api/v1/risk/trend'>;
export type Aggregates = GetResponse<'/api/v1/risk/aggregates'>;
export type Dimension = Aggregates['dimension'];
export type Drivers = GetResponse<'/api/v1/risk/drivers'>;

export const levels: readonly Level[] = ['critical', 'high', 'medium', 'low'];

export const riskListQuery = (query: RiskQuery) =>
  queryOptions({
    queryKey: ['risk', 'identities', query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/risk/identities', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const identityRiskQuery = (id: string, events = 20) =>
  queryOptions({
    queryKey: ['risk', 'identity', id, events],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/identities/{id}/risk', {
          params: { path: { id }, query: { events } },
          signal,
        }),
      ),
  });

export const identityRiskHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ['risk', 'history', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/identities/{id}/risk/history', { params: { path: { id } }, signal })),
  });

const population = { kind: 'person' as const };

export const distributionQuery = queryOptions({
  queryKey: ['risk', 'distribution', population],
  queryFn: ({ signal }) =>
    unwrap(api.GET('/api/v1/risk/distribution', { params: { query: population }, signal })),
});

export const trendQuery = (days = 90) =>
  queryOptions({
    queryKey: ['risk', 'trend', days],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/risk/trend', { params: { query: { days } }, signal })),
  });

export const aggregatesQuery = (dimension: Dimension) =>
  queryOptions({
    queryKey: ['risk', 'aggregates', dimension, population],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/risk/aggregates', {
          params: { query: { dimension, ...population } },
          signal,
        }),
      ),
  });

export const driversQuery = (limit = 8) =>
  queryOptions({
    queryKey: ['risk', 'drivers', limit, population],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/risk/drivers', { params: { query: { limit, ...population } }, signal }),
      ),
  });
