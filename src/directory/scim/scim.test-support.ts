import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestServer } from '../../../test/support/server.js';
import { bearer } from '../../../test/support/server.js';
import { URN } from './scim.urns.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Call = (
  method: Method,
  url: string,
  body?: unknown,
  token?: string,
) => Promise<LightMyRequestResponse>;

/** Calls /scim/v2 as a provisioning client does: bearer token and application/scim+json. */
export function scimClient(s: TestServer, defaultToken: string): Call {
  return (method, url, body, token = defaultToken) =>
    s.app.inject({
      method,
      url: `/scim/v2${url}`,
      headers: { ...bearer(token), 'content-type': 'application/scim+json' },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
}

export const q = (filter: string): string => encodeURIComponent(filter);

/** Asserts a SCIM Error response (RFC 7644 §3.12) and returns its body. */
export function expectScimError(
  res: LightMyRequestResponse,
  status: number,
  scimType?: string,
): { detail: string } {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/scim+json');
  const body = res.json<{ schemas: string[]; status: string; detail: string; scimType?: string }>();
  expect(body.schemas).toEqual([URN.error]);
  expect(body.status).toBe(String(status));
  expect(typeof body.detail).toBe('string');
  if (scimType) expect(body.scimType).toBe(scimType);
  return body;
}
