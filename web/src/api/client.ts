import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { toApiError } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's CSRF token; set when the session is read, sent with every change. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method))
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/**
 * The one API client, typed from docs/openapi.json (`npm run api:types` regenerates schema.d.ts).
 * The session cookie travels by itself: the dashboard is served from the API's own origin.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf);

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call; anything else becomes an ApiError with the server's problem. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}

type QueryValue = string | number | boolean | undefined;

/**
 * A GET for endpoints not yet in docs/openapi.json, typed by hand next to its call. Once the
 * endpoint is in the document, its callers move to `api.GET` and the generated types.
 */
export async function getJson<T>(
  path: string,
  query: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.size > 0 ? `?${params.toString()}` : '';
  const response = await fetch(`${path}${search}`, { credentials: 'same-origin', signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(body, response);
  return body as T;
}
