import { z } from 'zod';
import { staticAuth } from '../../outbound/oauth2.js';
import type { PullContext } from '../driver.js';
import { defineDriver, hostOf } from '../driver.js';
import { arrayOf, baseUrl, objectOf, readCursor } from './common.js';

const settings = z.object({
  baseUrl: baseUrl().describe('GoPhish admin server, e.g. https://gophish.example.com:3333'),
});
const credentials = z.object({ apiKey: z.string().min(1) });
const cursorSchema = z.object({ completed: z.array(z.number()) });

type Ctx = PullContext<z.infer<typeof settings>, z.infer<typeof credentials>>;

const MAX_REMEMBERED = 2000;

/**
 * GoPhish REST API: the campaign summaries, then each campaign's results (one record: the
 * results give each recipient's delivery time, which the normaliser needs to spot scanner
 * clicks). A completed campaign no longer changes and is not read again.
 */
export const gophishDriver = defineDriver({
  kind: 'gophish',
  title: 'GoPhish campaign results (REST API)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  auth: (_s, c) => staticAuth({ authorization: `Bearer ${c.apiKey}` }),
  run: async (ctx: Ctx) => {
    const done = new Set(readCursor(cursorSchema, ctx.cursor, { completed: [] }).completed);
    const base = ctx.settings.baseUrl;
    const { value } = await ctx.api.json(
      { method: 'GET', url: `${base}/api/campaigns/summary` },
      'GoPhish campaign summaries',
    );
    const summary = objectOf(value, 'GoPhish campaign summaries');
    for (const c of arrayOf(summary.campaigns ?? [], 'GoPhish campaigns')) {
      const { id, status } = c as { id?: unknown; status?: unknown };
      if (typeof id !== 'number' || done.has(id)) continue;
      const results = await ctx.api.json(
        { method: 'GET', url: `${base}/api/campaigns/${id}/results` },
        `GoPhish campaign ${id} results`,
      );
      if (status === 'Completed') done.add(id);
      await ctx.ingest('gophish', [results.value], {
        completed: [...done].slice(-MAX_REMEMBERED),
      });
    }
  },
});
