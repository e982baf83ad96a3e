import { z } from 'zod';
import type { PersonFacts } from '../../directory/alias-learning.service.js';
import type { Alias } from '../../directory/alias.repository.js';
import { ClientCredentialsAuth } from '../../outbound/oauth2.js';
import type { PullContext } from '../driver.js';
import { defineDriver, hostOf } from '../driver.js';
import {
  arrayOf,
  baseUrl,
  iso,
  later,
  lookbackHours,
  MAX_PAGES_PER_RUN,
  objectOf,
  readCursor,
  sameOrigin,
  str,
} from './common.js';

/** Each Graph feed: its path, the time field to filter and move the cursor on, and its format. */
const streams = {
  signins: { path: '/v1.0/auditLogs/signIns', field: 'createdDateTime', format: 'graph-signins' },
  riskDetections: {
    path: '/v1.0/identityProtection/riskDetections',
    field: 'detectedDateTime',
    format: 'graph-risk',
  },
  riskyUsers: {
    path: '/v1.0/identityProtection/riskyUsers',
    field: 'riskLastUpdatedDateTime',
    format: 'graph-risk',
  },
  alerts: { path: '/v1.0/security/alerts_v2', field: 'lastUpdateDateTime', format: 'graph-alerts' },
} as const;
type Stream = keyof typeof streams;
const streamNames = Object.keys(streams) as [Stream, ...Stream[]];

const settings = z.object({
  directoryId: z.string().min(1).describe('Entra tenant (directory) id or domain'),
  graphUrl: baseUrl('https://graph.microsoft.com'),
  authorityUrl: baseUrl('https://login.microsoftonline.com'),
  streams: z
    .array(z.enum(streamNames))
    .min(1)
    .default([...streamNames]),
  lookbackHours,
  pullUsers: z.boolean().default(true),
});
const credentials = z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) });

const streamCursor = z.object({
  since: z.string().optional(),
  next: z.string().optional(),
  newest: z.string().optional(),
});
const cursorSchema = z.record(z.string(), streamCursor);
type StreamCursor = z.infer<typeof streamCursor>;

type Settings = z.infer<typeof settings>;
type Ctx = PullContext<Settings, z.infer<typeof credentials>>;

/**
 * Microsoft Graph: sign-ins, risk detections, risky users and security alerts, each filtered
 * from its cursor time (`ge`, so an item on the boundary is read again and skipped as a
 * duplicate) and paged by `@odata.nextLink`; then users, for their Entra ids, UPNs and on-premises
 * account names. Signs in with the client credentials grant (an Entra app).
 */
export const graphDriver = defineDriver({
  kind: 'graph',
  title: 'Microsoft Graph sign-ins, risk, alerts and users',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.graphUrl), hostOf(s.authorityUrl)],
  auth: (s, c, tools) =>
    new ClientCredentialsAuth(
      tools.client,
      {
        tokenUrl: `${s.authorityUrl}/${encodeURIComponent(s.directoryId)}/oauth2/v2.0/token`,
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        scope: `${s.graphUrl}/.default`,
      },
      tools.retry,
      tools.env,
    ),
  run: async (ctx: Ctx) => {
    const cursor = readCursor(cursorSchema, ctx.cursor, {});
    for (const name of ctx.settings.streams) await pullStream(ctx, name, cursor);
    if (ctx.settings.pullUsers) await pullUsers(ctx);
  },
});

async function pullStream(
  ctx: Ctx,
  name: Stream,
  cursor: Record<string, StreamCursor>,
): Promise<void> {
  const { path, field, format } = streams[name];
  const base = ctx.settings.graphUrl;
  const state: StreamCursor = { ...cursor[name] };
  const since = state.since ?? iso(ctx.now() - ctx.settings.lookbackHours * 3_600_000);
  let url = state.next
    ? sameOrigin(state.next, base, 'Graph cursor')
    : `${base}${path}?$filter=${encodeURIComponent(`${field} ge ${since}`)}`;
  for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
    const what = `Graph ${path}`;
    const { value } = await ctx.api.json({ method: 'GET', url }, what);
    const body = objectOf(value, what);
    const items = arrayOf(body.value, `${what} value`);
    for (const item of items) state.newest = later(state.newest, str(objectOf(item, what)[field]));
    const next = str(body['@odata.nextLink']);
    cursor[name] = next
      ? {
          since,
          next: sameOrigin(next, base, what),
          ...(state.newest ? { newest: state.newest } : {}),
        }
      : { since: state.newest ?? since };
    await ctx.ingest(format, items, cursor);
    if (!next) return;
    url = sameOrigin(next, base, what);
  }
}

const USER_FIELDS =
  'id,userPrincipalName,mail,otherMails,onPremisesSamAccountName,onPremisesUserPrincipalName';

async function pullUsers(ctx: Ctx): Promise<void> {
  const base = ctx.settings.graphUrl;
  let url: string | undefined = `${base}/v1.0/users?$select=${USER_FIELDS}&$top=999`;
  for (let page = 0; url && page < MAX_PAGES_PER_RUN; page++) {
    const { value } = await ctx.api.json({ method: 'GET', url }, 'Graph users');
    const body = objectOf(value, 'Graph users');
    await ctx.learn(arrayOf(body.value, 'Graph users value').flatMap(entraPerson));
    const next = str(body['@odata.nextLink']);
    url = next ? sameOrigin(next, base, 'Graph users') : undefined;
  }
}

/** An Entra user: object id, UPNs and the on-premises account name. */
export function entraPerson(user: unknown): PersonFacts[] {
  if (typeof user !== 'object' || user === null) return [];
  const u = user as Record<string, unknown>;
  const id = str(u.id);
  const upn = str(u.userPrincipalName);
  const mail = str(u.mail);
  const onPremUpn = str(u.onPremisesUserPrincipalName);
  const others = Array.isArray(u.otherMails) ? u.otherMails.map(str) : [];
  const anchors = [mail, upn, onPremUpn, ...others].filter((a): a is string => a !== undefined);
  if (!id || anchors.length === 0) return [];
  const aliases: Alias[] = [{ alias: id, kind: 'entra_id' }];
  if (upn) aliases.push({ alias: upn, kind: 'upn' });
  if (onPremUpn && onPremUpn.toLowerCase() !== upn?.toLowerCase())
    aliases.push({ alias: onPremUpn, kind: 'upn' });
  const sam = str(u.onPremisesSamAccountName);
  if (sam) aliases.push({ alias: sam, kind: 'sam' });
  for (const other of others) if (other) aliases.push({ alias: other, kind: 'other' });
  return [{ anchors, aliases }];
}
