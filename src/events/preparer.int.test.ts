import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { findFormat } from './formats/index.js';
import type { RawRecord } from './formats/format.js';
import type { PrepareJob } from './preparer.js';
import { inThreadPreparer, ThreadPreparer } from './preparer.js';

const now = Date.parse('2026-06-01T00:00:00Z');
const types = new Set(defaultCatalog.list().map((b) => b.type));
const fixture = (name: string) =>
  readFileSync(new URL(`./formats/fixtures/${name}`, import.meta.url), 'utf8');

function job(format: string, texts: readonly string[]): PrepareJob {
  const found = findFormat(format);
  if (!found) throw new Error(`no format ${format}`);
  const records: RawRecord[] = texts.map((text, i) => ({ text, line: i + 1, origin: 'test' }));
  return { format: found, types, records, now };
}

const native = (extra: Record<string, unknown>) =>
  JSON.stringify({
    id: `e-${JSON.stringify(extra)}`,
    time: '2026-05-01T09:30:00Z',
    source: 'test',
    type: 'phishing.sim_clicked',
    subject: 'Ann@Example.com',
    details: { tab: 'a\tb' },
    ...extra,
  });

const jobs: [string, PrepareJob][] = [
  [
    'native records, good and bad',
    job('native', [
      native({}),
      'not json',
      native({ type: 'no.such.behaviour' }),
      native({ subject: '' }),
      native({ time: '2027-01-01T00:00:00Z' }),
      native({ id: undefined, severity: 'high' }),
    ]),
  ],
  ['a Graph alerts page', job('graph-alerts', [fixture('graph-alerts-page.json')])],
  ['an Okta System Log page', job('okta', [fixture('okta-system-log-page.json')])],
  ['GoPhish campaign results', job('gophish', [fixture('gophish-campaign-results.json')])],
  ['CEF lines', job('cef', fixture('cef-lines.txt').split('\n').filter(Boolean))],
];

const threads = new ThreadPreparer();
afterAll(() => threads.close());

describe('preparing records on a thread of their own', () => {
  it.each(jobs)('gives exactly what preparing in this thread gives: %s', async (_name, j) => {
    const here = await inThreadPreparer.prepare(j);
    expect(here.outcomes.length).toBe(j.records.length);
    expect(await threads.prepare(j)).toEqual(here);
  });

  it('keeps replies in the order asked when many chunks are in flight', async () => {
    const chunks = Array.from({ length: 20 }, (_, k) =>
      job('native', [native({ id: `k${k}` }), native({ id: `k${k}-2` })]),
    );
    const replies = await Promise.all(chunks.map((j) => threads.prepare(j)));
    expect(replies.map((r) => r.rows[0]?.[1])).toEqual(chunks.map((_, k) => `k${k}`));
  });

  it('fails what is in flight when closed, and starts a new thread when asked again', async () => {
    const preparer = new ThreadPreparer();
    const j = job('native', [native({})]);
    await preparer.prepare(j);
    const failed = expect(preparer.prepare(j)).rejects.toThrow(/preparation thread was closed/);
    await preparer.close();
    await failed;
    expect((await preparer.prepare(j)).outcomes).toEqual([1]);
    await preparer.close();
  });
});
