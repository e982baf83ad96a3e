import { z } from 'zod';
import type { PersonFacts } from '../../directory/alias-learning.service.js';
import type { Alias } from '../../directory/alias.repository.js';
import { staticAuth } from '../../outbound/oauth2.js';
import type { PullContext } from '../driver.js';
import { defineDriver, hostOf } from '../driver.js';
import { arrayOf, baseUrl, MAX_PAGES_PER_RUN, readCursor, str } from './common.js';

const settings = z.object({
  baseUrl: baseUrl('https://us.api.knowbe4.com').describe(
    'Reporting API of the region: us., eu., ca., uk. or de.api.knowbe4.com',
  ),
  pullUsers: z.boolean().default(true),
  trainingEnrollments: z.boolean().default(true),
  perPage: z.number().int().min(1).max(500).default(500),
});
const credentials = z.object({ apiKey: z.string().min(1) });
const cursorSchema = z.object({ closedTests: z.array(z.number()) });

type Settings = z.infer<typeof settings>;
type Ctx = PullContext<Settings, z.infer<typeof credentials>>;

/** Closed tests remembered so that their recipients are not read again; the oldest are forgotten. */
const MAX_REMEMBERED_TESTS = 2000;

/**
 * KnowBe4 Reporting API: phishing security tests and their recipients, training enrollments, and
 * users (for their KnowBe4 ids). Lists are bare arrays paged by `page` and `per_page`, ending with
 * a short page. Recipients of a closed test do not change, so those tests are skipped afterwards.
 */
export const knowbe4Driver = defineDriver({
  kind: 'knowbe4',
  title: 'KnowBe4 phishing tests, training and users (Reporting API)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.baseUrl)],
  auth: (_s, c) => staticAuth({ authorization: `Bearer ${c.apiKey}` }),
  run: async (ctx: Ctx) => {
    const cursor = readCursor(cursorSchema, ctx.cursor, { closedTests: [] });
    const closed = new Set(cursor.closedTests);
    for await (const tests of pages(ctx, '/v1/phishing/security_tests'))
      for (const test of tests) await pullTest(ctx, test, closed);
    if (ctx.settings.trainingEnrollments)
      for await (const items of pages(ctx, '/v1/training/enrollments'))
        await ctx.ingest('knowbe4', items);
    if (ctx.settings.pullUsers)
      for await (const users of pages(ctx, '/v1/users'))
        await ctx.learn(users.flatMap(knowbe4Person));
  },
});

async function pullTest(ctx: Ctx, test: unknown, closed: Set<number>): Promise<void> {
  const t = test as { pst_id?: unknown; status?: unknown };
  if (typeof t.pst_id !== 'number' || closed.has(t.pst_id)) return;
  const path = `/v1/phishing/security_tests/${t.pst_id}/recipients`;
  for await (const recipients of pages(ctx, path)) await ctx.ingest('knowbe4', recipients);
  if (String(t.status).toLowerCase() !== 'closed') return;
  closed.add(t.pst_id);
  await ctx.saveCursor({ closedTests: [...closed].slice(-MAX_REMEMBERED_TESTS) });
}

async function* pages(ctx: Ctx, path: string): AsyncGenerator<unknown[]> {
  const perPage = ctx.settings.perPage;
  for (let page = 1; page <= MAX_PAGES_PER_RUN; page++) {
    const url = `${ctx.settings.baseUrl}${path}?page=${page}&per_page=${perPage}`;
    const { value } = await ctx.api.json({ method: 'GET', url }, `KnowBe4 ${path}`);
    const items = arrayOf(value, `KnowBe4 ${path}`);
    if (items.length > 0) yield items;
    if (items.length < perPage) return;
  }
}

/** A KnowBe4 user: its numeric id, and its alias addresses. */
export function knowbe4Person(user: unknown): PersonFacts[] {
  if (typeof user !== 'object' || user === null) return [];
  const u = user as { id?: unknown; email?: unknown; aliases?: unknown };
  const email = str(u.email);
  if (typeof u.id !== 'number' || !email) return [];
  const others = Array.isArray(u.aliases) ? u.aliases.map(str) : [];
  const aliases: Alias[] = [{ alias: String(u.id), kind: 'knowbe4_id' }];
  for (const other of others) if (other) aliases.push({ alias: other, kind: 'other' });
  return [{ anchors: [email], aliases }];
}
