import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from './client';
import type { paths } from './schema';
import { ApiError, toApiError } from './problem';

export type Session =
  paths['/api/v1/auth/session']['get']['responses']['200']['content']['application/json'];
export type Permission = Session['permissions'][number];
export type LoginBody = NonNullable<
  paths['/api/v1/auth/login']['post']['requestBody']
>['content']['application/json'];

/** The signed-in session, or null when nobody is signed in (401 or an ended session). */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await unwrap(api.GET('/api/v1/auth/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
});

/** After a sign-in, sign-out or tenant switch every cached answer belongs to someone else. */
function useReplaceSession(): (session: Session | null) => void {
  const client = useQueryClient();
  return (session) => {
    setCsrfToken(session?.csrfToken ?? null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    client.setQueryData(sessionQuery.queryKey, session);
  };
}

export function useLogin() {
  const replace = useReplaceSession();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: replace,
  });
}

export function useLogout() {
  const replace = useReplaceSession();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => replace(null),
  });
}

export function useSwitchTenant() {
  const replace = useReplaceSession();
  return useMutation({
    mutationFn: (tenant: string) =>
      unwrap(api.POST('/api/v1/auth/switch-tenant', { body: { tenant } })),
    onSuccess: replace,
  });
}

/** Mails a one-time sign-in link; the answer is the same whether or not the address is a member. */
export function useRequestEmailLink() {
  return useMutation({
    mutationFn: (body: { email: string; tenant: string }) =>
      unwrap(api.POST('/api/v1/auth/email-link', { body })),
  });
}

export function useRedeemEmailLink() {
  const replace = useReplaceSession();
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/v1/auth/email-link/redeem', { body: { token } })),
    onSuccess: replace,
  });
}

/**
 * Checks that the tenant has single sign-on (SAML or OpenID Connect) before leaving for its
 * provider, so a mistyped tenant is reported here rather than as a bare error page. The start
 * answers with a redirect (opaque to fetch) when it is set up, and a problem otherwise.
 */
export async function ssoStartUrl(tenant: string): Promise<string> {
  const url = `/api/v1/auth/sso/${encodeURIComponent(tenant)}/start`;
  const probe = await fetch(url, { redirect: 'manual', credentials: 'same-origin' });
  if (probe.type !== 'opaqueredirect' && !probe.ok)
    throw toApiError(await probe.json().catch(() => null), probe);
  return url;
}
