import { z } from 'zod';
import { basicAuth } from '../../outbound/oauth2.js';
import type { PullContext } from '../driver.js';
import { defineDriver, hostOf } from '../driver.js';
import { baseUrl, iso, objectOf, readCursor, str } from './common.js';

const settings = z.object({ baseUrl: baseUrl('https://tap-api-v2.proofpoint.com') });
const credentials = z.object({ principal: z.string().min(1), secret: z.string().min(1) });
const cursorSchema = z.object({ until: z.string() });

type Ctx = PullContext<z.infer<typeof settings>, z.infer<typeof credentials>>;

const HOUR = 3_600_000;
/** TAP answers at most one hour per call and keeps about a week (integrations.md §2). */
const MAX_LOOKBACK_MS = 7 * 24 * HOUR - 10 * 60_000;
/** Hour-long windows one run may walk through while catching up. */
const MAX_WINDOWS_PER_RUN = 48;
const ARRAYS = [
  'clicksPermitted',
  'clicksBlocked',
  'messagesDelivered',
  'messagesBlocked',
] as const;

/**
 * Proofpoint TAP SIEM API (`/v2/siem/all`). No paging: each call returns everything in its
 * window. The first run asks for the last hour (`sinceSeconds`); later runs continue from the
 * `queryEndTime` of the previous answer, with `sinceTime` when that is within the hour and with
 * hour-long `interval`s when catching up. A cursor older than TAP keeps data restarts at the oldest
 * hour TAP still has.
 */
export const proofpointTapDriver = defineDriver({
  kind: 'proofpoint-tap',
  title: 'Proofpoint TAP SIEM API (/v2/siem/all)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  auth: (_s, c) => basicAuth(c.principal, c.secret),
  run: async (ctx: Ctx) => {
    let from = readCursor(cursorSchema, ctx.cursor, { until: '' }).until;
    for (let window = 0; window < MAX_WINDOWS_PER_RUN; window++) {
      const query = windowQuery(from, ctx.now());
      const url = `${ctx.settings.baseUrl}/v2/siem/all?format=json&${query.params}`;
      const { value } = await ctx.api.json({ method: 'GET', url }, 'Proofpoint TAP SIEM');
      const body = objectOf(value, 'Proofpoint TAP SIEM');
      const until = str(body.queryEndTime) ?? query.end;
      await ctx.ingest('proofpoint-tap', splitEnvelope(body), { until });
      if (query.last) return;
      from = until;
    }
  },
});

/** The query for the next window, and whether it reaches the present. */
export function windowQuery(
  from: string,
  now: number,
): { params: string; end: string; last: boolean } {
  const start = Date.parse(from);
  if (!Number.isFinite(start)) return { params: 'sinceSeconds=3600', end: iso(now), last: true };
  const clamped = Math.max(start, now - MAX_LOOKBACK_MS);
  if (now - clamped <= HOUR)
    return { params: `sinceTime=${encodeURIComponent(iso(clamped))}`, end: iso(now), last: true };
  const end = iso(clamped + HOUR);
  return {
    params: `interval=${encodeURIComponent(`${iso(clamped)}/${end}`)}`,
    end,
    last: false,
  };
}

/** One record per click or message, each in an envelope of its own kind, so each can be refused alone. */
function splitEnvelope(body: Record<string, unknown>): unknown[] {
  return ARRAYS.flatMap((name) => {
    const items = body[name];
    return Array.isArray(items) ? items.map((item: unknown) => ({ [name]: [item] })) : [];
  });
}
