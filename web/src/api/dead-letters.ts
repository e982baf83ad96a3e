import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { GetQuery, GetResponse } from './types';

export type DeadLetterPage = GetResponse<'/api/v1/dead-letters'>;
export type DeadLetter = DeadLetterPage['items'][number];
export type DeadLetterQuery = GetQuery<'/api/v1/dead-letters'>;

export const deadLettersQuery = (query: DeadLetterQuery) =>
  queryOptions({
    queryKey: ['dead-letters', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/dead-letters', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

/** Replays the given dead letters; the lists are read again afterwards to show their new status. */
export function useReplayDeadLetters() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) =>
      unwrap(api.POST('/api/v1/dead-letters/replay', { body: { ids } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['dead-letters'] }),
  });
}
