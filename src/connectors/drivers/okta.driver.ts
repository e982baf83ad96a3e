import { z } from 'zod';
import type { PersonFacts } from '../../directory/alias-learning.service.js';
import type { Alias } from '../../directory/alias.repository.js';
import { linkWithRel } from '../../outbound/link-header.js';
import { staticAuth } from '../../outbound/oauth2.js';
import type { PullContext } from '../driver.js';
import { defineDriver, hostOf } from '../driver.js';
import {
  arrayOf,
  baseUrl,
  iso,
  lookbackHours,
  MAX_PAGES_PER_RUN,
  readCursor,
  sameOrigin,
  str,
} from './common.js';

const settings = z.object({
  baseUrl: baseUrl().describe('Okta org URL, e.g. https://acme.okta.com'),
  lookbackHours,
  pullUsers: z.boolean().default(true),
});
const credentials = z.object({ apiToken: z.string().min(1) });
const cursorSchema = z.object({ logsNext: z.string().optional() });

type Settings = z.infer<typeof settings>;
type Ctx = PullContext<Settings, z.infer<typeof credentials>>;

/**
 * Okta System Log and users. The log is read as Okta advises for polling: one bounded-below query
 * (`since`, ascending), then only the `next` links, which Okta always returns; the last one is the
 * cursor. Users are read in full each run to learn their Okta ids and logins.
 */
export const oktaDriver = defineDriver({
  kind: 'okta',
  title: 'Okta System Log (/api/v1/logs) and users',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  auth: (_s, c) => staticAuth({ authorization: `SSWS ${c.apiToken}` }),
  run: async (ctx: Ctx) => {
    await pullLogs(ctx);
    if (ctx.settings.pullUsers) await pullUsers(ctx);
  },
});

async function pullLogs(ctx: Ctx): Promise<void> {
  const base = ctx.settings.baseUrl;
  const cursor = readCursor(cursorSchema, ctx.cursor, {});
  const since = iso(ctx.now() - ctx.settings.lookbackHours * 3_600_000);
  let url = cursor.logsNext
    ? sameOrigin(cursor.logsNext, base, 'Okta cursor')
    : `${base}/api/v1/logs?since=${encodeURIComponent(since)}&sortOrder=ASCENDING&limit=1000`;
  for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
    const { value, response } = await ctx.api.json({ method: 'GET', url }, 'Okta System Log');
    const events = arrayOf(value, 'Okta System Log');
    const nextLink = linkWithRel(response.headers.link, 'next');
    const next = nextLink ? sameOrigin(nextLink, base, 'Okta System Log') : url;
    await ctx.ingest('okta', events, { logsNext: next });
    if (events.length === 0 || next === url) return;
    url = next;
  }
}

async function pullUsers(ctx: Ctx): Promise<void> {
  const base = ctx.settings.baseUrl;
  let url: string | undefined = `${base}/api/v1/users?limit=200`;
  for (let page = 0; url && page < MAX_PAGES_PER_RUN; page++) {
    const { value, response } = await ctx.api.json({ method: 'GET', url }, 'Okta users');
    await ctx.learn(arrayOf(value, 'Okta users').flatMap(oktaPerson));
    const next = linkWithRel(response.headers.link, 'next');
    url = next ? sameOrigin(next, base, 'Okta users') : undefined;
  }
}

/** An Okta user: its id, and its login when that is not the email. */
export function oktaPerson(user: unknown): PersonFacts[] {
  if (typeof user !== 'object' || user === null) return [];
  const u = user as { id?: unknown; profile?: Record<string, unknown> };
  const id = str(u.id);
  const email = str(u.profile?.email);
  const login = str(u.profile?.login);
  const anchors = [email, login].filter((a): a is string => a !== undefined);
  if (!id || anchors.length === 0) return [];
  const aliases: Alias[] = [{ alias: id, kind: 'okta_id' }];
  if (login && login.toLowerCase() !== email?.toLowerCase())
    aliases.push({ alias: login, kind: 'other' });
  return [{ anchors, aliases }];
}
