import { z } from 'zod';
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
  str,
} from './common.js';

const settings = z.object({
  baseUrl: baseUrl('https://api.crowdstrike.com').describe(
    'Falcon API base of the cloud (api.crowdstrike.com, api.us-2.crowdstrike.com, api.eu-1.crowdstrike.com)',
  ),
  lookbackHours,
});
const credentials = z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) });
const cursorSchema = z.object({
  updatedSince: z.string(),
  after: z.string().optional(),
  newest: z.string().optional(),
});

type Settings = z.infer<typeof settings>;
type Ctx = PullContext<Settings, z.infer<typeof credentials>>;

const PAGE = 500;

/**
 * CrowdStrike Falcon alerts: an OAuth2 client-credentials token from `/oauth2/token`, then alert
 * ids from the query endpoint (updated since the cursor, oldest first, paged by `after`) and the
 * alerts themselves from the entities endpoint.
 */
export const crowdstrikeDriver = defineDriver({
  kind: 'crowdstrike',
  title: 'CrowdStrike Falcon alerts (query + entities)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  auth: (s, c, tools) =>
    new ClientCredentialsAuth(
      tools.client,
      { tokenUrl: `${s.baseUrl}/oauth2/token`, clientId: c.clientId, clientSecret: c.clientSecret },
      tools.retry,
      tools.env,
    ),
  run: async (ctx: Ctx) => {
    const fresh = { updatedSince: iso(ctx.now() - ctx.settings.lookbackHours * 3_600_000) };
    const cursor = readCursor(cursorSchema, ctx.cursor, fresh);
    let { after, newest } = cursor;
    for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
      const ids = await queryIds(ctx, cursor.updatedSince, after);
      const alerts = ids.ids.length > 0 ? await alertsOf(ctx, ids.ids) : [];
      for (const a of alerts) newest = later(newest, str(objectOf(a, 'alert').updated_timestamp));
      after = ids.after;
      const done = ids.ids.length === 0 || !after;
      await ctx.ingest(
        'crowdstrike',
        alerts,
        done
          ? { updatedSince: newest ?? cursor.updatedSince }
          : { updatedSince: cursor.updatedSince, after, ...(newest ? { newest } : {}) },
      );
      if (done) return;
    }
  },
});

async function queryIds(
  ctx: Ctx,
  since: string,
  after: string | undefined,
): Promise<{ ids: string[]; after: string | undefined }> {
  const params = new URLSearchParams({
    filter: `updated_timestamp:>='${since}'`,
    sort: 'updated_timestamp|asc',
    limit: String(PAGE),
  });
  if (after) params.set('after', after);
  const url = `${ctx.settings.baseUrl}/alerts/queries/alerts/v2?${params.toString()}`;
  const { value } = await ctx.api.json({ method: 'GET', url }, 'CrowdStrike alert query');
  const body = objectOf(value, 'CrowdStrike alert query');
  const ids = arrayOf(body.resources ?? [], 'CrowdStrike alert query resources').filter(
    (id): id is string => typeof id === 'string',
  );
  const meta = body.meta as { pagination?: { after?: unknown } } | undefined;
  return { ids, after: str(meta?.pagination?.after) };
}

async function alertsOf(ctx: Ctx, ids: string[]): Promise<unknown[]> {
  const { value } = await ctx.api.json(
    {
      method: 'POST',
      url: `${ctx.settings.baseUrl}/alerts/entities/alerts/v2`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ composite_ids: ids }),
    },
    'CrowdStrike alert entities',
  );
  return arrayOf(objectOf(value, 'CrowdStrike alert entities').resources, 'CrowdStrike alerts');
}
