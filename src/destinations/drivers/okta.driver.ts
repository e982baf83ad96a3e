import { z } from 'zod';
import { baseUrl } from '../../connectors/drivers/common.js';
import { hostOf } from '../../connectors/driver.js';
import type { OutboundResponse } from '../../outbound/http-client.js';
import type { ChangeIdentity } from '../destination.js';
import type { DeliveryResult } from '../outbox.js';
import type { DeliveryTools, Outgoing } from './driver.js';
import { defineDestination } from './driver.js';
import { exchange, isResult, resultOf } from './http-delivery.js';

const settings = z.object({
  baseUrl: baseUrl().describe('Your Okta org, e.g. https://acme.okta.com'),
  groupId: z.string().min(1).max(100).describe('The Okta group (OKTA_GROUP) people are put in'),
  setUserRisk: z
    .boolean()
    .default(false)
    .describe('Also set Okta user risk (Identity Threat Protection): HIGH in the group, LOW out'),
});
const credentials = z.object({ apiToken: z.string().min(1) });
type Settings = z.infer<typeof settings>;

interface Call {
  s: Settings;
  token: string;
  tools: DeliveryTools;
}

/**
 * Okta answers 429 with `X-Rate-Limit-Reset` (Unix seconds when the window resets) rather than
 * always with `Retry-After`; either is honoured.
 */
function withRateLimit(
  result: DeliveryResult,
  response: OutboundResponse,
  now: number,
): DeliveryResult {
  if (result.outcome !== 'retry' || result.retryAfterMs !== undefined) return result;
  const reset = Number(response.headers['x-rate-limit-reset']);
  if (response.status !== 429 || !Number.isFinite(reset) || reset <= 0) return result;
  return { ...result, retryAfterMs: Math.max(0, reset * 1000 - now) };
}

async function call(
  c: Call,
  method: 'GET' | 'PUT' | 'DELETE',
  path: string,
  what: string,
  body?: unknown,
): Promise<OutboundResponse | DeliveryResult> {
  const answer = await exchange(c.tools.client, {
    method,
    url: `${c.s.baseUrl}${path}`,
    headers: {
      authorization: `SSWS ${c.token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (isResult(answer) || (answer.status >= 200 && answer.status < 300)) return answer;
  if (answer.status === 404) return answer;
  const now = c.tools.now();
  return withRateLimit(resultOf(answer, what, now), answer, now);
}

/** The Okta user id of an identity, looked up by login (Okta accepts a login in place of an id). */
async function oktaUserId(c: Call, identity: ChangeIdentity): Promise<string | DeliveryResult> {
  const logins = [...new Set([identity.userName, identity.email].filter((l): l is string => !!l))];
  for (const login of logins) {
    const answer = await call(
      c,
      'GET',
      `/api/v1/users/${encodeURIComponent(login)}`,
      'Okta user lookup',
    );
    if (isResult(answer)) return answer;
    if (answer.status === 404) continue;
    const id = (JSON.parse(answer.body) as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
    return { outcome: 'failed', error: 'Okta user lookup: the answer has no id' };
  }
  return { outcome: 'failed', error: `Okta has no user with login ${logins.join(' or ')}` };
}

/** Puts the user in the group or takes them out; a removal of a non-member is already done. */
async function membership(c: Call, userId: string, member: boolean): Promise<DeliveryResult> {
  const path = `/api/v1/groups/${encodeURIComponent(c.s.groupId)}/users/${encodeURIComponent(userId)}`;
  const answer = await call(c, member ? 'PUT' : 'DELETE', path, 'Okta group membership');
  if (isResult(answer)) return answer;
  if (answer.status === 404 && member)
    return { outcome: 'failed', error: `Okta has no group ${c.s.groupId} (or no such user)` };
  return { outcome: 'delivered' };
}

async function userRisk(c: Call, userId: string, high: boolean): Promise<DeliveryResult> {
  const path = `/api/v1/users/${encodeURIComponent(userId)}/risk`;
  const answer = await call(c, 'PUT', path, 'Okta user risk', { riskLevel: high ? 'HIGH' : 'LOW' });
  if (isResult(answer)) return answer;
  if (answer.status === 404) return { outcome: 'failed', error: 'Okta user risk: not found' };
  return { outcome: 'delivered' };
}

async function test(c: Call): Promise<DeliveryResult> {
  const answer = await call(
    c,
    'GET',
    `/api/v1/groups/${encodeURIComponent(c.s.groupId)}`,
    'Okta group',
  );
  if (isResult(answer)) return answer;
  if (answer.status === 404)
    return { outcome: 'failed', error: `Okta has no group ${c.s.groupId}` };
  return { outcome: 'delivered' };
}

/**
 * Okta: people at or above the destination's minimum level are members of one Okta group (which
 * Okta policies can then target), others are not: `PUT` / `DELETE
 * /api/v1/groups/{groupId}/users/{userId}` (both idempotent). With `setUserRisk`, also `PUT
 * /api/v1/users/{id}/risk` with HIGH or LOW (Okta Identity Threat Protection).
 */
export const okta = defineDestination({
  kind: 'okta',
  title: 'Okta group membership and user risk',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  wants: () => ({ levelChanges: true, membership: true, compromises: false }),
  async send({ settings: s, credentials: cr, tools }, outgoing: Outgoing) {
    const c: Call = { s, token: cr.apiToken, tools };
    if (outgoing.type === 'test') return test(c);
    if (outgoing.type !== 'level-change')
      return { outcome: 'failed', error: 'Okta destinations take level changes only' };
    const { change } = outgoing;
    const member = change.meetsMinimum;
    const userId = await oktaUserId(c, change.identity);
    if (typeof userId !== 'string') return userId;
    const joined = await membership(c, userId, member);
    if (joined.outcome !== 'delivered' || !s.setUserRisk) return joined;
    return userRisk(c, userId, member);
  },
});
