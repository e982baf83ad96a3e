import { z } from 'zod';
import { baseUrl } from '../../connectors/drivers/common.js';
import { hostOf } from '../../connectors/driver.js';
import type { OutboundRequest, OutboundResponse } from '../../outbound/http-client.js';
import type { Authenticator } from '../../outbound/oauth2.js';
import type { ChangeIdentity } from '../destination.js';
import type { DeliveryResult } from '../outbox.js';
import type { DeliveryTools, Outgoing } from './driver.js';
import { defineDestination } from './driver.js';
import { exchange, isResult, resultOf } from './http-delivery.js';

const settings = z
  .object({
    directoryId: z.string().min(1).describe('Entra tenant (directory) id or domain'),
    graphUrl: baseUrl('https://graph.microsoft.com'),
    authorityUrl: baseUrl('https://login.microsoftonline.com'),
    groupId: z.string().min(1).max(100).optional().describe('Security group people are put in'),
    confirmCompromised: z
      .boolean()
      .default(false)
      .describe('Confirm compromised in Entra ID Protection on a confirmed account takeover'),
  })
  .refine((s) => s.groupId !== undefined || s.confirmCompromised, {
    message: 'set groupId, confirmCompromised, or both',
  });
const credentials = z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) });
type Settings = z.infer<typeof settings>;

interface Call {
  s: Settings;
  auth: Authenticator;
  tools: DeliveryTools;
}

async function call(
  c: Call,
  request: Omit<OutboundRequest, 'url'> & { path: string },
): Promise<OutboundResponse | DeliveryResult> {
  let token: Record<string, string>;
  try {
    token = await c.auth.headers();
  } catch (error) {
    return { outcome: 'retry', error: error instanceof Error ? error.message : String(error) };
  }
  const { path, ...rest } = request;
  const send = (headers: Record<string, string>) =>
    exchange(c.tools.client, {
      ...rest,
      url: `${c.s.graphUrl}/v1.0${path}`,
      headers: { accept: 'application/json', ...rest.headers, ...headers },
    });
  const answer = await send(token);
  if (isResult(answer) || answer.status !== 401) return answer;
  // A refused token may have been revoked: one fresh token, one more try.
  c.auth.invalidate?.();
  return send(await c.auth.headers());
}

function json(body: unknown) {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The Entra object id: learned by the Graph connector, else looked up by UPN or email. */
async function objectId(c: Call, identity: ChangeIdentity): Promise<string | DeliveryResult> {
  if (identity.entraId) return identity.entraId;
  const names = [...new Set([...identity.upns, identity.email])];
  for (const name of names) {
    const answer = await call(c, {
      method: 'GET',
      path: `/users/${encodeURIComponent(name)}?$select=id`,
    });
    if (isResult(answer)) return answer;
    if (answer.status === 404) continue;
    if (answer.status !== 200) return resultOf(answer, 'Graph user lookup', c.tools.now());
    const id = (JSON.parse(answer.body) as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return { outcome: 'failed', error: `Entra ID has no user ${names.join(' or ')}` };
}

/**
 * Adds or removes a group member. Graph answers 400 "already exist" to an add of a member and
 * 404 to a removal of a non-member: both mean the group already is as wanted.
 */
async function membership(
  c: Call,
  groupId: string,
  id: string,
  member: boolean,
): Promise<DeliveryResult> {
  const group = encodeURIComponent(groupId);
  const answer = member
    ? await call(c, {
        method: 'POST',
        path: `/groups/${group}/members/$ref`,
        ...json({ '@odata.id': `${c.s.graphUrl}/v1.0/directoryObjects/${id}` }),
      })
    : await call(c, {
        method: 'DELETE',
        path: `/groups/${group}/members/${encodeURIComponent(id)}/$ref`,
      });
  if (isResult(answer)) return answer;
  if (member && answer.status === 400 && /already exist/i.test(answer.body))
    return { outcome: 'delivered' };
  if (!member && answer.status === 404) return { outcome: 'delivered' };
  return resultOf(answer, 'Graph group membership', c.tools.now());
}

async function confirm(c: Call, id: string): Promise<DeliveryResult> {
  const answer = await call(c, {
    method: 'POST',
    path: '/identityProtection/riskyUsers/confirmCompromised',
    ...json({ userIds: [id] }),
  });
  return isResult(answer) ? answer : resultOf(answer, 'Graph confirmCompromised', c.tools.now());
}

async function test(c: Call): Promise<DeliveryResult> {
  const path = c.s.groupId
    ? `/groups/${encodeURIComponent(c.s.groupId)}?$select=id,displayName`
    : '/identityProtection/riskyUsers?$top=1';
  const answer = await call(c, { method: 'GET', path });
  return isResult(answer) ? answer : resultOf(answer, 'Graph', c.tools.now());
}

/**
 * Microsoft Entra through Graph: people at or above the minimum level are members of a security
 * group (for Conditional Access), `POST /groups/{id}/members/$ref` and `DELETE
 * /groups/{id}/members/{id}/$ref`; and, when asked, a confirmed account takeover is reported with
 * `POST /identityProtection/riskyUsers/confirmCompromised`, which sets the user's risk to high.
 */
export const graph = defineDestination({
  kind: 'graph',
  title: 'Microsoft Entra group membership and confirmCompromised (Graph)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.graphUrl), hostOf(s.authorityUrl)],
  wants: (s) => ({
    levelChanges: s.groupId !== undefined,
    membership: true,
    compromises: s.confirmCompromised,
  }),
  async send({ settings: s, credentials: cr, tools }, outgoing: Outgoing) {
    const auth = tools.oauth({
      tokenUrl: `${s.authorityUrl}/${encodeURIComponent(s.directoryId)}/oauth2/v2.0/token`,
      clientId: cr.clientId,
      clientSecret: cr.clientSecret,
      scope: `${s.graphUrl}/.default`,
    });
    const c: Call = { s, auth, tools };
    if (outgoing.type === 'test') return test(c);
    const identity =
      outgoing.type === 'level-change' ? outgoing.change.identity : outgoing.report.identity;
    if (outgoing.type === 'level-change' && !s.groupId) return { outcome: 'delivered' };
    const id = await objectId(c, identity);
    if (typeof id !== 'string') return id;
    if (outgoing.type === 'compromised') return confirm(c, id);
    return membership(c, s.groupId ?? '', id, outgoing.change.meetsMinimum);
  },
});
